import { createHash } from 'node:crypto';
import { canonicalJson } from '@kushim/ledger';
import { createRegistry } from '@kushim/integrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrg, newUser, type SignedInUser, type TestOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let org: TestOrg;
let other: TestOrg;
let runId: string;
let integrations: Map<string, string>;
let manager: SignedInUser;
let viewer: SignedInUser;

const get = <T = Record<string, unknown>>(path: string, who: { accessToken: string } = org.owner) =>
  call<T>(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}${path}`, { token: who.accessToken });

interface Finding {
  resource: { id: string };
  status: string;
  excepted: boolean;
}
interface CheckItem {
  id: string;
  latest: { status: string; failingFindings: number; exceptedFindings: number } | null;
}

beforeAll(async () => {
  ctx = await createPipelineContext();
  ({ org, integrations } = await ctx.connectedOrg());
  runId = await ctx.startRun(org);
  await ctx.completedRun(org, runId);
  other = await newOrg(ctx.api.app);
  manager = await newUser(ctx.api.app, org, 'COMPLIANCE_MANAGER');
  viewer = await newUser(ctx.api.app, org, 'VIEWER');
}, 90_000);

afterAll(async () => {
  await ctx?.close();
});

describe('GET /orgs/{orgId}/evidence', () => {
  it('pages through every snapshot once, newest first', async () => {
    const total = await ctx.owner.evidence.count({ where: { organizationId: org.orgId } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await get(
        `/evidence?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('filters by kind, integration and collection time', async () => {
    const byKind = await get<{ items: Array<{ kind: string }> }>('/evidence?kind=okta.users.directory');
    expect(byKind.body.items.map((i) => i.kind)).toEqual(['okta.users.directory']);
    const slack = await get<{ items: Array<{ integrationId: string }> }>(
      `/evidence?integrationId=${integrations.get('slack')!}`,
    );
    expect(slack.body.items).toHaveLength(3);
    expect(new Set(slack.body.items.map((i) => i.integrationId))).toEqual(
      new Set([integrations.get('slack')]),
    );
    const future = await get<{ items: unknown[] }>(
      `/evidence?from=${new Date(Date.now() + 3_600_000).toISOString()}`,
    );
    expect(future.body.items).toEqual([]);
    const past = await get<{ items: unknown[] }>(
      `/evidence?to=${new Date(Date.now() + 3_600_000).toISOString()}&limit=200`,
    );
    expect(past.body.items.length).toBe(
      await ctx.owner.evidence.count({ where: { organizationId: org.orgId } }),
    );
  });

  it('shows a snapshot with its content and the SHA-256 of that content', async () => {
    const list = await get<{ items: Array<{ id: string }> }>('/evidence?kind=github.org.members');
    const detail = await get<{ sha256: string; content: unknown; kind: string }>(
      `/evidence/${list.body.items[0]!.id}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body.kind).toBe('github.org.members');
    expect(detail.body.sha256).toBe(
      createHash('sha256').update(canonicalJson(detail.body.content)).digest('hex'),
    );
  });

  it('lists the check results that cite a snapshot, and hides those outside an auditor window', async () => {
    const list = await get<{ items: Array<{ id: string }> }>('/evidence?kind=github.org.members');
    const evidenceId = list.body.items[0]!.id;
    const detail = await get<{ citedBy: Array<{ runId: string; checkId: string; status: string }> }>(
      `/evidence/${evidenceId}`,
    );
    const citing = await ctx.owner.checkResult.findMany({
      where: { organizationId: org.orgId, evidenceIds: { has: evidenceId } },
      select: { checkId: true },
    });
    expect(citing.length).toBeGreaterThan(0);
    expect(detail.body.citedBy.map((c) => c.checkId).sort()).toEqual(citing.map((c) => c.checkId).sort());
    expect(detail.body.citedBy.every((c) => c.runId === runId)).toBe(true);
    expect(detail.body.citedBy.map((c) => c.checkId)).toContain('github.org.members-two-factor');

    // An auditor whose window covers the snapshot's collection but ends before the results were evaluated.
    const row = await ctx.owner.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
    const firstResult = await ctx.owner.checkResult.findFirstOrThrow({
      where: { organizationId: org.orgId, runId },
      orderBy: { evaluatedAt: 'asc' },
    });
    const auditor = await newUser(ctx.api.app, org, 'AUDITOR', {
      auditWindow: {
        from: new Date(row.collectedAt.getTime() - 60_000).toISOString(),
        to: new Date(
          Math.min(row.collectedAt.getTime() + 1, firstResult.evaluatedAt.getTime()),
        ).toISOString(),
      },
    });
    const windowed = await get<{ id: string; citedBy: unknown[] }>(`/evidence/${evidenceId}`, auditor);
    expect(windowed.status).toBe(200);
    expect(windowed.body.citedBy).toEqual([]);
  });

  it('names a bad filter, and keeps evidence from viewers (403)', async () => {
    const bad = await get<{ issues: Array<{ path: string[] }> }>('/evidence?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0]?.path).toEqual(['from']);
    expect((await get('/evidence', viewer)).status).toBe(403);
  });

  it("does not show another organization's evidence (404)", async () => {
    const [row] = await ctx.owner.evidence.findMany({ where: { organizationId: org.orgId }, take: 1 });
    expect((await get(`/evidence/${row!.id}`, other.owner)).status).toBe(404);
    const theirs = await call<{ items: unknown[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${other.orgId}/evidence/${row!.id}`,
      {
        token: other.owner.accessToken,
      },
    );
    expect(theirs.status).toBe(404);
    const list = await call<{ items: unknown[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${other.orgId}/evidence`,
      {
        token: other.owner.accessToken,
      },
    );
    expect(list.body.items).toEqual([]);
  });
});

describe('checks, results, score', () => {
  it('lists every check definition with the latest status for this organization only', async () => {
    const mine = await get<{ items: CheckItem[] }>('/checks');
    expect(mine.body.items).toHaveLength(58);
    expect(mine.body.items.find((c) => c.id === 'aws.iam.console-users-mfa')?.latest?.status).toBe('FAIL');
    expect(mine.body.items.find((c) => c.id === 'aws.iam.root-mfa')?.latest?.status).toBe('PASS');
    const theirs = await call<{ items: CheckItem[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${other.orgId}/checks`,
      {
        token: other.owner.accessToken,
      },
    );
    expect(theirs.body.items.every((c) => c.latest === null)).toBe(true);
  });

  it("gives a check's result history with findings, and 404 for an unknown check", async () => {
    const res = await get<{ items: Array<{ runId: string; status: string; findings: Finding[] }> }>(
      '/checks/aws.iam.access-keys-rotated-90-days/results',
    );
    expect(res.body.items[0]).toMatchObject({ runId, status: 'FAIL' });
    expect(res.body.items[0]!.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.id)).toEqual([
      'AKIAW3ACMECIDEPLOY6A',
    ]);
    expect((await get('/checks/aws.iam.no-such-check/results')).status).toBe(404);
    const theirs = await call<{ items: unknown[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${other.orgId}/checks/aws.iam.access-keys-rotated-90-days/results`,
      { token: other.owner.accessToken },
    );
    expect(theirs.body.items).toEqual([]);
  });

  it("reports the score from control statuses, and today's point in the history", async () => {
    const score = await get<{
      score: number;
      passing: number;
      applicable: number;
      byCriterion: Array<{ family: string }>;
    }>('/score');
    const snapshot = await ctx.owner.scoreSnapshot.findFirstOrThrow({ where: { organizationId: org.orgId } });
    expect(score.body).toMatchObject({
      framework: 'SOC2',
      score: snapshot.score,
      passing: 12,
      applicable: snapshot.applicable,
    });
    expect(score.body.byCriterion.map((c) => c.family)).toContain('CC6');
    const history = await get<{ items: Array<{ day: string; score: number }> }>('/score/history');
    expect(history.body.items).toEqual([
      expect.objectContaining({ day: new Date().toISOString().slice(0, 10), score: snapshot.score }),
    ]);
    const theirs = await call<{ passing: number }>(ctx.api.app, 'GET', `/api/v1/orgs/${other.orgId}/score`, {
      token: other.owner.accessToken,
    });
    expect(theirs.body.passing).toBe(0);
  });

  it("shows a control's checks with their latest results and findings", async () => {
    const res = await get<{
      status: string;
      checkResults: Array<{ checkId: string; latest: { status: string } | null; findings: Finding[] }>;
    }>('/controls/KSM-VULN-01');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('FAILING');
    const overdue = res.body.checkResults.find(
      (c) => c.checkId === 'github.dependabot.no-overdue-critical-alerts',
    );
    expect(overdue?.latest?.status).toBe('FAIL');
    expect(overdue?.findings.some((f) => f.status === 'FAIL')).toBe(true);
  });
});

describe('exceptions', () => {
  const registry = createRegistry();
  /** A failing check that is the only failing check of each of its controls: excepting it passes them. */
  const soleCause = async (): Promise<{ checkId: string; controls: string[]; resources: string[] }> => {
    const failing = await ctx.owner.checkResult.findMany({ where: { runId, status: 'FAIL' } });
    const failingIds = new Set(failing.map((r) => r.checkId));
    for (const result of failing) {
      const check = registry.check(result.checkId)!;
      const alone = check.controls.every((control) =>
        registry
          .allChecks()
          .every((c) => c.id === check.id || !c.controls.includes(control) || !failingIds.has(c.id)),
      );
      if (alone) {
        const findings = result.findings as unknown as Finding[];
        return {
          checkId: check.id,
          controls: check.controls,
          resources: findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.id),
        };
      }
    }
    throw new Error('no failing check is the sole cause of its controls failing');
  };
  const controlStatus = async (controlId: string) =>
    (
      await ctx.owner.controlStatus.findUniqueOrThrow({
        where: { organizationId_controlId: { organizationId: org.orgId, controlId } },
      })
    ).status;
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

  it('lets a compliance manager accept failing findings, which then do not fail their control; viewers cannot', async () => {
    const target = await soleCause();
    expect(await controlStatus(target.controls[0]!)).toBe('FAILING');
    const scoreBefore = await ctx.owner.scoreSnapshot.findFirstOrThrow({
      where: { organizationId: org.orgId },
      orderBy: { day: 'desc' },
    });
    const body = (resourceId: string) => ({
      checkId: target.checkId,
      resourceId,
      justification: 'Compensating control: reviewed by the security team quarterly.',
      expiresAt: nextYear,
    });
    const denied = await call(ctx.api.app, 'POST', `/api/v1/orgs/${org.orgId}/exceptions`, {
      token: viewer.accessToken,
      body: body(target.resources[0]!),
    });
    expect(denied.status).toBe(403);
    for (const resourceId of target.resources) {
      const res = await call<{ active: boolean }>(
        ctx.api.app,
        'POST',
        `/api/v1/orgs/${org.orgId}/exceptions`,
        {
          token: manager.accessToken,
          body: body(resourceId),
        },
      );
      expect(res.status, res.text).toBe(201);
      expect(res.body.active).toBe(true);
    }
    // At once, without waiting for a run: the controls pass and today's score counts them.
    for (const control of target.controls) {
      expect(await controlStatus(control)).toBe('PASSING');
    }
    const scoreNow = await ctx.owner.scoreSnapshot.findFirstOrThrow({
      where: { organizationId: org.orgId },
      orderBy: { day: 'desc' },
    });
    expect(scoreNow.passing).toBeGreaterThanOrEqual(scoreBefore.passing + target.controls.length);
    const rerun = await ctx.startRun(org);
    await ctx.completedRun(org, rerun);
    const result = await ctx.owner.checkResult.findUniqueOrThrow({
      where: { runId_checkId: { runId: rerun, checkId: target.checkId } },
    });
    expect(result.status).toBe('PASS');
    expect(
      (result.findings as unknown as Finding[]).filter((f) => f.status === 'FAIL').every((f) => f.excepted),
    ).toBe(true);
    for (const control of target.controls) {
      expect(await controlStatus(control)).toBe('PASSING');
    }

    const list = await get<{ items: Array<{ id: string; checkId: string }> }>('/exceptions', viewer);
    expect(list.body.items.filter((e) => e.checkId === target.checkId)).toHaveLength(target.resources.length);
    for (const exception of list.body.items) {
      const revoked = await call(
        ctx.api.app,
        'DELETE',
        `/api/v1/orgs/${org.orgId}/exceptions/${exception.id}`,
        {
          token: manager.accessToken,
        },
      );
      expect(revoked.status).toBe(204);
    }
    // Revoking fails the control again at once, and the next run agrees.
    expect(await controlStatus(target.controls[0]!)).toBe('FAILING');
    const after = await ctx.startRun(org);
    await ctx.completedRun(org, after);
    expect(await controlStatus(target.controls[0]!)).toBe('FAILING');
  }, 90_000);

  it('stops applying an exception once it has expired', async () => {
    const target = await soleCause();
    for (const resourceId of target.resources) {
      await ctx.owner.exception.create({
        data: {
          organizationId: org.orgId,
          checkId: target.checkId,
          resourceId,
          justification: 'Accepted last quarter, now lapsed.',
          expiresAt: new Date(Date.now() - 60_000),
        },
      });
    }
    const rerun = await ctx.startRun(org);
    await ctx.completedRun(org, rerun);
    const result = await ctx.owner.checkResult.findUniqueOrThrow({
      where: { runId_checkId: { runId: rerun, checkId: target.checkId } },
    });
    expect(result.status).toBe('FAIL');
    expect(await controlStatus(target.controls[0]!)).toBe('FAILING');
  }, 60_000);

  it('names an unknown check and a past expiry, and hides exceptions from other organizations', async () => {
    const unknown = await call<{ issues: Array<{ path: string[] }> }>(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${org.orgId}/exceptions`,
      {
        token: manager.accessToken,
        body: {
          checkId: 'nope.nope',
          resourceId: 'x',
          justification: 'long enough justification',
          expiresAt: nextYear,
        },
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0]?.path).toEqual(['checkId']);
    const past = await call<{ issues: Array<{ path: string[] }> }>(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${org.orgId}/exceptions`,
      {
        token: manager.accessToken,
        body: {
          checkId: 'aws.iam.root-mfa',
          resourceId: 'x',
          justification: 'long enough justification',
          expiresAt: '2020-01-01T00:00:00Z',
        },
      },
    );
    expect(past.status).toBe(400);
    expect(past.body.issues[0]?.path).toEqual(['expiresAt']);
    const theirs = await call<{ items: unknown[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${other.orgId}/exceptions`,
      {
        token: other.owner.accessToken,
      },
    );
    expect(theirs.body.items).toEqual([]);
    const [mine] = await ctx.owner.exception.findMany({ where: { organizationId: org.orgId }, take: 1 });
    const revoke = await call(ctx.api.app, 'DELETE', `/api/v1/orgs/${other.orgId}/exceptions/${mine!.id}`, {
      token: other.owner.accessToken,
    });
    expect(revoke.status).toBe(404);
  });
});
