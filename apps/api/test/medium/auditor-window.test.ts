import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../../../scripts/kushim/demo-seed';
import { call, newOrg, newUser, type SignedInUser, type TestOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let acme: TestOrg;
let runId: string;
let past: SignedInUser;
let current: SignedInUser;
let evidenceId: string;
const DAY = 86_400_000;

const get = <T = Record<string, unknown>>(who: SignedInUser, path: string) =>
  call<T>(ctx.api.app, 'GET', `/api/v1/orgs/${acme.orgId}${path}`, { token: who.accessToken });

beforeAll(async () => {
  ctx = await createPipelineContext();
  await ctx.api.app.listen(0, '127.0.0.1');
  acme = await newOrg(ctx.api.app, 'Acme');
  const seeded = await seedDemoOrganization(
    await ctx.api.app.getUrl(),
    ctx.sandbox.url,
    acme.owner.accessToken,
    acme.orgId,
  );
  runId = seeded.runId;
  await ctx.completedRun(acme, runId);
  const now = Date.now();
  // One auditor audits a period that ended before anything happened; the other audits the period around now.
  past = await newUser(ctx.api.app, acme, 'AUDITOR', {
    auditWindow: { from: new Date(now - 30 * DAY).toISOString(), to: new Date(now - 20 * DAY).toISOString() },
  });
  current = await newUser(ctx.api.app, acme, 'AUDITOR', {
    auditWindow: { from: new Date(now - DAY).toISOString(), to: new Date(now + DAY).toISOString() },
  });
  const evidence = await get<{ items: { id: string }[] }>(acme.owner, '/evidence?limit=1');
  evidenceId = evidence.body.items[0]!.id;
  const created = await call(ctx.api.app, 'POST', `/api/v1/orgs/${acme.orgId}/exceptions`, {
    token: acme.owner.accessToken,
    body: {
      checkId: 'aws.iam.root-mfa',
      resourceId: 'arn:aws:iam::123456789012:root',
      justification: 'Accepted for the test',
      expiresAt: new Date(now + 10 * DAY).toISOString(),
    },
  });
  expect(created.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await ctx?.close();
});

describe('an auditor whose window is another period', () => {
  it('sees no results, evidence, runs, exceptions, transitions or audit events of other periods', async () => {
    const checkResults = await get<{ items: unknown[] }>(past, '/checks/aws.iam.root-mfa/results');
    expect(checkResults.status).toBe(200);
    expect(checkResults.body.items).toEqual([]);
    expect((await get<{ items: unknown[] }>(past, '/evidence')).body.items).toEqual([]);
    expect((await get(past, `/evidence/${evidenceId}`)).status).toBe(404);
    expect((await get(past, `/runs/${runId}`)).status).toBe(404);
    expect((await get<{ items: unknown[] }>(past, '/exceptions')).body.items).toEqual([]);
    expect((await get<{ items: unknown[] }>(past, '/transitions')).body.items).toEqual([]);
    expect((await get<{ items: unknown[] }>(past, '/audit-events')).body.items).toEqual([]);
    // Even asking for later dates explicitly: the window wins.
    const asked = await get<{ items: unknown[] }>(
      past,
      `/audit-events?from=${new Date(Date.now() - DAY).toISOString()}`,
    );
    expect(asked.body.items).toEqual([]);
  });

  it('sees each control and check as it stood at the end of its window, not today', async () => {
    const owners = await get<{ items: { id: string; status: string }[] }>(
      acme.owner,
      '/controls?status=FAILING',
    );
    expect(owners.body.items.length).toBeGreaterThan(0);
    const failing = owners.body.items[0]!.id;
    const seenByPast = await get<{ status: string; checkResults: { latest: unknown; sla: unknown }[] }>(
      past,
      `/controls/${failing}`,
    );
    expect(seenByPast.body.status).toBe('NEEDS_EVIDENCE');
    expect(seenByPast.body.checkResults.every((c) => c.latest === null && c.sla === null)).toBe(true);
    const list = await get<{ items: { status: string }[] }>(past, '/controls?limit=200');
    expect(new Set(list.body.items.map((c) => c.status))).toEqual(new Set(['NEEDS_EVIDENCE']));
    const checks = await get<{ items: { latest: unknown }[] }>(past, '/checks');
    expect(checks.body.items.every((c) => c.latest === null)).toBe(true);
    const score = await get<{ applicable: number }>(past, '/score');
    expect(score.body.applicable).toBe(0);
  });
});

describe('an auditor whose window covers the run', () => {
  it('sees the run, its results and evidence, the exception and the control statuses of the period', async () => {
    expect((await get(current, `/runs/${runId}`)).status).toBe(200);
    const results = await get<{ items: { runId: string }[] }>(current, '/checks/aws.iam.root-mfa/results');
    expect(results.body.items.map((r) => r.runId)).toContain(runId);
    expect((await get(current, `/evidence/${evidenceId}`)).status).toBe(200);
    expect((await get<{ items: unknown[] }>(current, '/exceptions')).body.items).toHaveLength(1);
    const failing = await get<{ items: unknown[] }>(current, '/controls?status=FAILING&limit=200');
    expect(failing.body.items.length).toBeGreaterThan(0);
  });

  it('sees failing checks with their SLA as of the window end', async () => {
    const checks = await get<{
      items: { id: string; latest: { status: string } | null; sla: { overdue: boolean } | null }[];
    }>(current, '/checks');
    const failingCheck = checks.body.items.find((c) => c.latest?.status === 'FAIL');
    expect(failingCheck?.sla).toMatchObject({ overdue: false });
  });
});

describe('auditor writes', () => {
  it('answers 403 to an auditor on every write route of an organization, except requesting an export or commenting', async () => {
    const document = await call<{ paths: Record<string, Record<string, unknown>> }>(
      ctx.api.app,
      'GET',
      '/api/docs-json',
    );
    const writes = Object.entries(document.body.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .filter(() => path.startsWith('/api/v1/orgs/{orgId}'))
        .map((method) => ({ method: method.toUpperCase() as 'POST' | 'PUT' | 'PATCH' | 'DELETE', path })),
    );
    expect(writes.length).toBeGreaterThan(10);
    for (const route of writes) {
      const url = route.path
        .replace('{orgId}', acme.orgId)
        .replace(/\{checkId\}/g, 'aws.iam.root-mfa')
        .replace(/\{controlId\}/g, 'KSM-AC-01')
        .replace(/\{[A-Za-z]+\}/g, () => randomUUID());
      const response = await call(ctx.api.app, route.method, url, { token: current.accessToken, body: {} });
      const mayWrite =
        route.method === 'POST' &&
        ['/api/v1/orgs/{orgId}/exports', '/api/v1/orgs/{orgId}/controls/{controlId}/comments'].includes(
          route.path,
        );
      expect({ route: `${route.method} ${route.path}`, status: response.status === 403 }).toEqual({
        route: `${route.method} ${route.path}`,
        status: !mayWrite,
      });
    }
  });

  it('keeps another organization out of an auditor’s reach (404)', async () => {
    const other = await newOrg(ctx.api.app, 'Other');
    const res = await call(ctx.api.app, 'GET', `/api/v1/orgs/${other.orgId}/controls`, {
      token: current.accessToken,
    });
    expect(res.status).toBe(404);
  });
});

describe('comments and evidence requests on a control', () => {
  it('lets an auditor comment (an audit event), keeps viewers to reading, and names bad input', async () => {
    const viewer = await newUser(ctx.api.app, acme, 'VIEWER');
    const path = `/api/v1/orgs/${acme.orgId}/controls/KSM-AC-01/comments`;
    const posted = await call<{ seq: number; kind: string; body: string; author: { label: string } }>(
      ctx.api.app,
      'POST',
      path,
      { token: current.accessToken, body: { kind: 'request', body: 'Please upload the Q3 access review.' } },
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ kind: 'request', author: { label: current.email } });

    expect(
      (
        await call(ctx.api.app, 'POST', path, {
          token: viewer.accessToken,
          body: { kind: 'comment', body: 'x' },
        })
      ).status,
    ).toBe(403);
    const empty = await call<{ message: string }>(ctx.api.app, 'POST', path, {
      token: current.accessToken,
      body: { kind: 'comment', body: '  ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^body: /);
    const unknown = await call(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${acme.orgId}/controls/KSM-NOPE-99/comments`,
      {
        token: current.accessToken,
        body: { kind: 'comment', body: 'x' },
      },
    );
    expect(unknown.status).toBe(404);

    const listed = await call<{ items: { seq: number; body: string }[] }>(ctx.api.app, 'GET', path, {
      token: viewer.accessToken,
    });
    expect(listed.body.items[0]).toMatchObject({
      seq: posted.body.seq,
      body: 'Please upload the Q3 access review.',
    });
    const events = await get<{ items: { seq: number; action: string }[] }>(
      acme.owner,
      '/audit-events?action=control.commented',
    );
    expect(events.body.items.map((e) => e.seq)).toContain(posted.body.seq);
  });
});

describe('changing an auditor’s window', () => {
  it('takes effect at once, and is refused on other roles naming the field', async () => {
    const now = Date.now();
    const auditor = await newUser(ctx.api.app, acme, 'AUDITOR', {
      auditWindow: {
        from: new Date(now - 30 * DAY).toISOString(),
        to: new Date(now - 20 * DAY).toISOString(),
      },
    });
    expect((await get(auditor, `/runs/${runId}`)).status).toBe(404);
    const patched = await call<{ auditWindow: { from: string } | null }>(
      ctx.api.app,
      'PATCH',
      `/api/v1/orgs/${acme.orgId}/members/${auditor.userId}`,
      {
        token: acme.owner.accessToken,
        body: {
          auditWindow: { from: new Date(now - DAY).toISOString(), to: new Date(now + DAY).toISOString() },
        },
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.auditWindow?.from).toBe(new Date(now - DAY).toISOString());
    expect((await get(auditor, `/runs/${runId}`)).status).toBe(200);

    const viewer = await newUser(ctx.api.app, acme, 'VIEWER');
    const refused = await call<{ message: string }>(
      ctx.api.app,
      'PATCH',
      `/api/v1/orgs/${acme.orgId}/members/${viewer.userId}`,
      {
        token: acme.owner.accessToken,
        body: { auditWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } },
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^auditWindow: /);
  });
});
