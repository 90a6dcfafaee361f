import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { catalog } from '@kushim/catalog';
import { createSandbox } from '@kushim/sandbox';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { createRegistry } from '@kushim/integrations';
import { canonicalJson } from '@kushim/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  newOrg,
  orgWithEveryRole,
  startTestApi,
  type SignedInUser,
  type TestApi,
  type TestOrg,
} from '../factories';
import { Clock } from '@/common/time/clock';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { DatabaseService } from '@/infra/database/database.service';
import { ControlStatusRefresher } from '@/modules/compliance-status/control-status-refresher.service';
import { StatusRefreshProcessor } from '@/modules/compliance-status/status-refresh.processor';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';

let api: TestApi;
let owner: PrismaClient;
let org: TestOrg;
let members: Record<'OWNER' | 'ADMIN' | 'COMPLIANCE_MANAGER' | 'AUDITOR' | 'VIEWER', SignedInUser>;
let stranger: TestOrg;

/** Controls no automated check tests: only manual evidence can make them pass. */
const automated = new Set(
  createRegistry()
    .allChecks()
    .flatMap((check) => check.controls),
);
const manualOnly = catalog.controls.filter((control) => !automated.has(control.id));
const annualControl = manualOnly.find((control) => control.frequency === 'annual')!;
const secondControl = manualOnly.find((control) => control.id !== annualControl.id)!;
const thirdControl = manualOnly.find((c) => c.id !== annualControl.id && c.id !== secondControl.id)!;

const pdf = Buffer.from('%PDF-1.7\n% Information security policy v3, approved by the board\n%%EOF\n');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A multipart/form-data body, serialised by the platform's own FormData (no hand-written boundaries). */
async function multipart(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer; type?: string; field?: string },
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  if (file) {
    form.append(
      file.field ?? 'file',
      new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  }
  const request = new Request('http://kushim.test/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type')!,
  };
}

async function upload(
  controlId: string,
  fields: Record<string, string>,
  file: Parameters<typeof multipart>[1],
  who: SignedInUser = members.COMPLIANCE_MANAGER,
  orgId = org.orgId,
) {
  const body = await multipart(fields, file);
  const response = await api.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/controls/${controlId}/evidence`,
    headers: { authorization: `Bearer ${who.accessToken}`, 'content-type': body.contentType },
    payload: body.payload,
  });
  return {
    status: response.statusCode,
    body: response.json<Record<string, unknown> & { message?: string; issues?: { path: string[] }[] }>(),
  };
}

const controlStatus = async (controlId: string) =>
  (
    await call<{ status: string }>(api.app, 'GET', `/api/v1/orgs/${org.orgId}/controls/${controlId}`, {
      token: members.VIEWER.accessToken,
    })
  ).body.status;

const evidenceCount = () => owner.evidence.count({ where: { organizationId: org.orgId } });

beforeAll(async () => {
  api = await startTestApi({ env: { EVIDENCE_MAX_UPLOAD_MB: '1' } });
  owner = createPrismaClient({ url: api.env.DATABASE_URL, poolMax: 2 });
  ({ org, members } = await orgWithEveryRole(api.app));
  stranger = await newOrg(api.app);
}, 60_000);

afterAll(async () => {
  await api?.close();
  await owner?.$disconnect();
  if (api) {
    await rm(api.env.KUSHIM_STATE_DIR, { recursive: true, force: true });
  }
});

describe('manual evidence upload', () => {
  it('stores the file, seals its hashes, and makes a manual-only control pass at once', async () => {
    expect(await controlStatus(annualControl.id)).toBe('NEEDS_EVIDENCE');
    const activityDate = daysAgo(10);
    const res = await upload(
      annualControl.id,
      {
        title: 'Information security policy v3',
        activityDate,
        description: 'Board approval minutes attached',
      },
      { name: 'security-policy.pdf', bytes: pdf, type: 'text/html' },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const fileSha256 = createHash('sha256').update(pdf).digest('hex');
    expect(res.body).toMatchObject({
      controlId: annualControl.id,
      fileName: 'security-policy.pdf',
      // Detected from the bytes: the client's claimed text/html is ignored.
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      fileSha256,
      activityDate,
      validFrom: activityDate,
      state: 'VALID',
      uploadedBy: { type: 'user', id: members.COMPLIANCE_MANAGER.userId },
    });
    // One year from the activity date: the control is annual.
    expect(res.body.validUntil).toBe(`${Number(activityDate.slice(0, 4)) + 1}${activityDate.slice(4)}`);

    const row = await owner.evidence.findUniqueOrThrow({ where: { id: res.body.id as string } });
    expect(row).toMatchObject({ kind: 'manual.upload', integrationId: null, controlId: annualControl.id });
    expect(res.body.sha256).toBe(createHash('sha256').update(canonicalJson(row.content)).digest('hex'));
    const event = await owner.auditEvent.findFirstOrThrow({
      where: { organizationId: org.orgId, action: 'evidence.uploaded', targetId: row.id },
    });
    expect(event.payload).toMatchObject({ sha256: row.contentHash, fileSha256, controlId: annualControl.id });

    expect(await controlStatus(annualControl.id)).toBe('PASSING');
    const score = await owner.scoreSnapshot.findFirstOrThrow({ where: { organizationId: org.orgId } });
    expect(score.passing).toBeGreaterThanOrEqual(1);

    const listed = await call<{ items: { id: string; state: string }[] }>(
      api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/controls/${annualControl.id}/evidence`,
      { token: members.AUDITOR.accessToken },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item) => [item.id, item.state])).toEqual([[row.id, 'VALID']]);
    const inEvidence = await call<{ items: { id: string }[] }>(
      api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/evidence?kind=manual.upload`,
      { token: members.AUDITOR.accessToken },
    );
    expect(inEvidence.body.items.map((item) => item.id)).toContain(row.id);
  });

  it('serves the file as uploaded to auditors, not to viewers or other organizations', async () => {
    const [row] = await owner.evidence.findMany({
      where: { organizationId: org.orgId, kind: 'manual.upload' },
    });
    const url = `/api/v1/orgs/${org.orgId}/evidence/${row!.id}/file`;
    const download = await api.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${members.AUDITOR.accessToken}` },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment; filename="security-policy.pdf"');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['repr-digest']).toBe(
      `sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`,
    );
    const viewer = await call(api.app, 'GET', url, { token: members.VIEWER.accessToken });
    expect(viewer.status).toBe(403);
    const other = await call(api.app, 'GET', url.replace(org.orgId, stranger.orgId), {
      token: stranger.owner.accessToken,
    });
    expect(other.status).toBe(404);
    const outsider = await call(api.app, 'GET', url, { token: stranger.owner.accessToken });
    expect(outsider.status).toBe(404);
  });

  it('lets a lapsed document make its control need evidence again, while keeping it as history', async () => {
    const res = await upload(
      secondControl.id,
      { title: 'Vendor review 2024', activityDate: daysAgo(800), validUntil: daysAgo(400) },
      { name: 'vendor-review.csv', bytes: Buffer.from('vendor,reviewed\nAcme Mail,yes\n') },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ state: 'EXPIRED', mediaType: 'text/csv' });
    expect(await controlStatus(secondControl.id)).toBe('NEEDS_EVIDENCE');
  });
});

describe('manual evidence refusals', () => {
  const fields = { title: 'Policy', activityDate: daysAgo(1) };
  const file = { name: 'policy.pdf', bytes: pdf };

  it('refuses writers below compliance manager, and hides the route from other organizations', async () => {
    for (const role of ['AUDITOR', 'VIEWER'] as const) {
      expect((await upload(annualControl.id, fields, file, members[role])).status).toBe(403);
    }
    expect((await upload(annualControl.id, fields, file, stranger.owner)).status).toBe(404);
  });

  it('names the field for each bad input and stores nothing', async () => {
    const before = await evidenceCount();
    const cases: Array<[Record<string, string>, Parameters<typeof multipart>[1], number, string]> = [
      [fields, { name: 'tool.exe', bytes: Buffer.from('MZ\x90\x00') }, 415, 'file:'],
      [fields, { name: 'policy.pdf', bytes: Buffer.from('<html><script>x</script></html>') }, 415, 'file:'],
      [fields, { name: 'big.pdf', bytes: Buffer.concat([pdf, Buffer.alloc(1024 * 1024 + 1)]) }, 413, 'file:'],
      [fields, undefined, 400, 'file:'],
      [fields, { ...file, field: 'attachment' }, 400, 'attachment:'],
      [{ title: 'Policy' }, file, 400, 'activityDate:'],
      [{ ...fields, activityDate: '2026-02-30' }, file, 400, 'activityDate:'],
      [{ ...fields, activityDate: daysAgo(-2) }, file, 400, 'activityDate:'],
      [{ ...fields, validUntil: daysAgo(3) }, file, 400, 'validUntil:'],
      [{ ...fields, title: '' }, file, 400, 'title:'],
      [{ ...fields, owner: 'me' }, file, 400, 'owner:'],
    ];
    for (const [formFields, formFile, status, prefix] of cases) {
      const res = await upload(annualControl.id, formFields, formFile);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.message, JSON.stringify(res.body)).toMatch(new RegExp(`^${prefix}`));
    }
    const unknownControl = await upload('KSM-ZZ-99', fields, file);
    expect(unknownControl.status).toBe(404);
    const json = await call(
      api.app,
      'POST',
      `/api/v1/orgs/${org.orgId}/controls/${annualControl.id}/evidence`,
      {
        token: members.COMPLIANCE_MANAGER.accessToken,
        body: fields,
      },
    );
    expect(json.status).toBe(415);
    expect(await evidenceCount()).toBe(before);
  });
});

describe('the hourly status refresh', () => {
  it('turns a control whose document lapsed to NEEDS_EVIDENCE without a sweep, once', async () => {
    const tomorrow = daysAgo(-1);
    const res = await upload(
      thirdControl.id,
      { title: 'Access review', activityDate: daysAgo(0), validUntil: tomorrow },
      { name: 'access-review.txt', bytes: Buffer.from('Reviewed 42 accounts; 3 removed.') },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(await controlStatus(thirdControl.id)).toBe('PASSING');

    // The job's handler with the API's own providers (the worker wires the same classes).
    const processor = new StatusRefreshProcessor(
      api.app.get(DatabaseService),
      api.app.get(ControlStatusRefresher, { strict: false }),
      api.app.get(ScoreSnapshotWriter, { strict: false }),
      api.app.get(Clock),
      api.app.get(AlertDispatcher, { strict: false }),
    );
    await processor.refreshLapsed();
    expect(await controlStatus(thirdControl.id)).toBe('PASSING');
    api.clock.advance(2 * 86_400_000);
    const first = await processor.refreshLapsed();
    expect(first.organizations).toBeGreaterThanOrEqual(1);
    expect(first.transitions).toBeGreaterThanOrEqual(1);
    expect(await controlStatus(thirdControl.id)).toBe('NEEDS_EVIDENCE');
    // Idempotent: nothing lapsed since.
    expect(await processor.refreshLapsed()).toEqual({ organizations: 0, transitions: 0 });
  });
});

describe('manual evidence in S3-compatible storage', () => {
  it('stores uploads through the S3 API and answers 503 without storing anything while storage is down', async () => {
    const sandbox = await createSandbox({ port: 0 });
    const s3Api = await startTestApi({
      env: {
        EVIDENCE_STORAGE: 's3',
        EVIDENCE_S3_BUCKET: 'kushim-evidence',
        EVIDENCE_S3_ENDPOINT: `${sandbox.url}/aws`,
        EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
        EVIDENCE_S3_ACCESS_KEY_ID: 'sbx_object-storage_AKIAKUSHIMEVIDENCE',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'sandbox-evidence-secret-0123456789',
      },
    });
    try {
      const s3Org = await newOrg(s3Api.app);
      const post = async () => {
        const body = await multipart(
          { title: 'Security awareness training roster', activityDate: daysAgo(3) },
          { name: 'training.pdf', bytes: pdf },
        );
        return s3Api.app.inject({
          method: 'POST',
          url: `/api/v1/orgs/${s3Org.orgId}/controls/${annualControl.id}/evidence`,
          headers: { authorization: `Bearer ${s3Org.owner.accessToken}`, 'content-type': body.contentType },
          payload: body.payload,
        });
      };
      const created = await post();
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json<{ id: string }>();
      const row = await owner.evidence.findUniqueOrThrow({ where: { id } });
      expect(row.content).toMatchObject({ storage: { backend: 's3' } });
      const download = await s3Api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${s3Org.orgId}/evidence/${id}/file`,
        headers: { authorization: `Bearer ${s3Org.owner.accessToken}` },
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);

      await sandbox.close();
      const during = await post();
      expect(during.statusCode, during.body).toBe(503);
      expect(during.json<{ message: string }>().message).toMatch(/Evidence storage is unavailable/);
      expect(await owner.evidence.count({ where: { organizationId: s3Org.orgId } })).toBe(1);
    } finally {
      await s3Api.close();
      await sandbox.close().catch(() => undefined);
      await rm(s3Api.env.KUSHIM_STATE_DIR, { recursive: true, force: true });
    }
  }, 60_000);
});
