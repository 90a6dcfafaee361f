import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEventBody,
  chainHash,
  ExportVerificationError,
  sha256Hex,
  unzipExport,
  verifyExport,
  type ChainedLedgerEvent,
  type ExportFiles,
  type ExportManifest,
} from '@kushim/ledger';
import { catalog } from '@kushim/catalog';
import { createRegistry } from '@kushim/integrations';
import { recomputeWithChecks } from '../../../../packages/ledger/src/export-verify/recompute-with-checks';
import { seedDemoOrganization } from '../../../../scripts/kushim/demo-seed';
import { call, newOrg, newUser, type TestOrg } from '../factories';
import { validateAssessmentResults } from '../factories/oscal-validator';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

const run = promisify(execFile);
const POLICY_PDF = Buffer.from('%PDF-1.7\n% Information security policy v4, approved by the board\n%%EOF\n');

/** Uploads a policy PDF against a control, as a compliance manager would (multipart, the platform's FormData). */
async function uploadPolicy(org: TestOrg, controlId: string): Promise<string> {
  const form = new FormData();
  form.append('title', 'Information security policy v4');
  form.append('activityDate', new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
  form.append('file', new Blob([POLICY_PDF], { type: 'application/pdf' }), 'Security Policy v4.pdf');
  const request = new Request('http://kushim.test/', { method: 'POST', body: form });
  const response = await ctx.api.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${org.orgId}/controls/${controlId}/evidence`,
    headers: {
      authorization: `Bearer ${org.owner.accessToken}`,
      'content-type': request.headers.get('content-type')!,
    },
    payload: Buffer.from(await request.arrayBuffer()),
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}
const BIN = path.resolve(__dirname, '../../../../packages/ledger/bin/kushim-verify.cjs');

let ctx: PipelineContext;
let acme: TestOrg;
let zip: Buffer;
let files: Map<string, Buffer>;
let workdir: string;
let uploadedEvidenceId: string;
const recompute = recomputeWithChecks();

async function download(org: TestOrg, exportId: string, token = org.owner.accessToken) {
  return ctx.api.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${org.orgId}/exports/${exportId}`,
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Requests an export (by default of the last day) and waits for the worker to build it. */
async function exportOf(org: TestOrg, fromMs?: number): Promise<{ zip: Buffer; millis: number }> {
  const now = Date.now();
  const started = Date.now();
  const requested = await call<{ id: string; status: string }>(
    ctx.api.app,
    'POST',
    `/api/v1/orgs/${org.orgId}/exports`,
    {
      token: org.owner.accessToken,
      body: {
        from: new Date(fromMs ?? now - 86_400_000).toISOString(),
        to: new Date(now).toISOString(),
      },
    },
  );
  expect(requested.status).toBe(202);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await download(org, requested.body.id);
    if (response.statusCode === 200) {
      expect(response.headers['content-type']).toBe('application/zip');
      const body = response.rawPayload;
      expect(response.headers['repr-digest']).toBe(
        `sha-256=:${Buffer.from(sha256Hex(body), 'hex').toString('base64')}:`,
      );
      return { zip: body, millis: Date.now() - started };
    }
    expect(response.statusCode).toBe(202);
    if (response.json<{ status: string }>().status === 'FAILED' || Date.now() > deadline) {
      throw new Error(`export did not build: ${response.body}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function failureOf(tampered: ExportFiles): string {
  try {
    verifyExport(tampered, { recompute });
    return 'verified';
  } catch (error) {
    if (error instanceof ExportVerificationError) {
      return error.message;
    }
    throw error;
  }
}

const copy = (): Map<string, Buffer> => new Map([...files].map(([p, b]) => [p, Buffer.from(b)]));
const text = (map: Map<string, Buffer>, p: string): string => map.get(p)!.toString('utf8');
const manifestOf = (map: Map<string, Buffer>): ExportManifest =>
  JSON.parse(text(map, 'manifest.json')) as ExportManifest;

/** What a careful forger does after changing files: list every file again with its new hash. */
function refreshManifest(map: Map<string, Buffer>): void {
  const manifest = manifestOf(map);
  manifest.files = Object.fromEntries(
    [...map.entries()]
      .filter(([p]) => p !== 'manifest.json')
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, bytes]) => [p, sha256Hex(bytes)]),
  );
  map.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
}

const eventsOf = (map: Map<string, Buffer>): ChainedLedgerEvent[] =>
  text(map, 'audit-events.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ChainedLedgerEvent);
const writeEvents = (map: Map<string, Buffer>, events: ChainedLedgerEvent[]): void => {
  map.set('audit-events.jsonl', Buffer.from(events.map((e) => `${JSON.stringify(e)}\n`).join('')));
};

beforeAll(async () => {
  ctx = await createPipelineContext();
  await ctx.api.app.listen(0, '127.0.0.1');
  const apiUrl = await ctx.api.app.getUrl();
  acme = await newOrg(ctx.api.app, 'Acme');
  const seeded = await seedDemoOrganization(apiUrl, ctx.sandbox.url, acme.owner.accessToken, acme.orgId);
  await ctx.completedRun(acme, seeded.runId);
  const automated = new Set(
    createRegistry()
      .allChecks()
      .flatMap((check) => check.controls),
  );
  const manualControl = catalog.controls.find((control) => !automated.has(control.id))!;
  uploadedEvidenceId = await uploadPolicy(acme, manualControl.id);
  const built = await exportOf(acme);
  zip = built.zip;
  files = new Map([...unzipExport(zip)].map(([p, bytes]) => [p, Buffer.from(bytes)]));
  workdir = await mkdtemp(path.join(tmpdir(), 'kushim-export-'));
  // Measured for the session note (docs/benchmarks.md): size and build time of the demo organization's export.
  console.info(`acme export: ${zip.length} bytes, ${files.size} files, built in ${built.millis} ms`);
}, 180_000);

afterAll(async () => {
  await ctx?.close();
  if (workdir) {
    await rm(workdir, { recursive: true, force: true });
  }
});

describe('the auditor export of the demo organization', () => {
  it('holds evidence, results, the chain excerpt, checkpoints, keys, summary and OSCAL, and verifies', () => {
    const paths = [...files.keys()];
    for (const expected of [
      'manifest.json',
      'audit-events.jsonl',
      'checkpoints.json',
      'keys.json',
      'results.jsonl',
      'results.csv',
      'controls.csv',
      'exceptions.csv',
      'summary.html',
      'oscal/assessment-results.json',
    ]) {
      expect(paths).toContain(expected);
    }
    const summary = verifyExport(files, { recompute });
    expect(summary.results).toBe(58);
    expect(summary.recomputed).toBe(58);
    expect(summary.evidence).toBeGreaterThan(20);
    expect(summary.checkpoints).toBeGreaterThanOrEqual(1);
    expect(summary.firstSeq).toBe(1);
    expect(text(files, 'results.csv')).toMatch(/,FAIL,/);
  });

  it('carries a manual upload exactly as uploaded, next to its sealed record', () => {
    const record = JSON.parse(text(files, `evidence/${uploadedEvidenceId}.json`)) as {
      kind: string;
      file: { path: string; sha256: string };
    };
    expect(record.kind).toBe('manual.upload');
    expect(record.file.path).toBe(`evidence/${uploadedEvidenceId}/Security_Policy_v4.pdf`);
    expect(files.get(record.file.path)).toEqual(POLICY_PDF);
    expect(record.file.sha256).toBe(sha256Hex(POLICY_PDF));
  });

  it('names an uploaded file whose bytes were replaced, even with the manifest rewritten', () => {
    const tampered = copy();
    const filePath = `evidence/${uploadedEvidenceId}/Security_Policy_v4.pdf`;
    tampered.set(filePath, Buffer.from('%PDF-1.7\n% a different policy\n%%EOF\n'));
    refreshManifest(tampered);
    expect(failureOf(tampered)).toMatch(
      new RegExp(
        `^${filePath} evidence ${uploadedEvidenceId}: SHA-256 \\w+ differs from the sealed file hash`,
      ),
    );
  });

  it('has an OSCAL assessment-results document valid against the NIST 1.0.4 schema', () => {
    const oscal = JSON.parse(text(files, 'oscal/assessment-results.json')) as unknown;
    expect(validateAssessmentResults(oscal)).toEqual({ valid: true, errors: [] });
  });

  it('verifies with the kushim-verify bin: exit 0 and one summary line', async () => {
    const zipPath = path.join(workdir, 'acme.zip');
    await writeFile(zipPath, zip);
    const started = Date.now();
    const { stdout } = await run(process.execPath, [BIN, zipPath], { timeout: 60_000 });
    console.info(`kushim-verify on the acme export: ${Date.now() - started} ms`);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^OK export .* of Acme .* 58 result\(s\) recomputed\n$/);
  });

  it('exits 1 naming the evidence file when one byte of it changed', async () => {
    const tampered = copy();
    const evidencePath = [...tampered.keys()].find((p) => /^evidence\/[^/]+\.json$/.test(p))!;
    const bytes = tampered.get(evidencePath)!;
    const index = bytes.indexOf('"content"') + 12;
    bytes[index] = bytes[index] === 0x41 ? 0x42 : 0x41;
    expect(failureOf(tampered)).toMatch(
      new RegExp(`^${evidencePath}: SHA-256 \\w+ differs from manifest.json`),
    );

    const dir = path.join(workdir, 'one-byte');
    for (const [p, b] of tampered) {
      await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
      await writeFile(path.join(dir, p), b);
    }
    const outcome = await run(process.execPath, [BIN, dir], { timeout: 60_000 }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(new RegExp(`^FAIL ${evidencePath}: `));
  });

  it('catches the evidence change even when the forger rewrites the manifest', () => {
    const tampered = copy();
    const evidencePath = [...tampered.keys()].find((p) => /^evidence\/[^/]+\.json$/.test(p))!;
    const record = JSON.parse(text(tampered, evidencePath)) as { content: unknown };
    record.content = { forged: true };
    tampered.set(evidencePath, Buffer.from(JSON.stringify(record)));
    refreshManifest(tampered);
    expect(failureOf(tampered)).toMatch(/content SHA-256 \w+ differs from the record's sha256/);
  });

  it('names the seq of a removed audit event', () => {
    const tampered = copy();
    const events = eventsOf(tampered);
    const removed = events[5]!;
    writeEvents(
      tampered,
      events.filter((e) => e !== removed),
    );
    refreshManifest(tampered);
    expect(failureOf(tampered)).toBe(
      `audit-events.jsonl seq ${removed.seq}: this event is missing or out of place (the chain skips it)`,
    );
  });

  it('names the seq where two events were swapped', () => {
    const tampered = copy();
    const events = eventsOf(tampered);
    [events[3], events[4]] = [events[4]!, events[3]!];
    writeEvents(tampered, events);
    refreshManifest(tampered);
    expect(failureOf(tampered)).toMatch(new RegExp(`^audit-events.jsonl seq ${events[4]?.seq}: `));
  });

  it('catches a result flipped from FAIL to PASS in results.csv and in the chain', () => {
    const tampered = copy();
    const events = eventsOf(tampered);
    const seal = events.find((e) => e.action === 'results.sealed')!;
    const payload = seal.payload as { results: { checkId: string; status: string }[] };
    const flipped = payload.results.find((r) => r.status === 'FAIL')!;
    flipped.status = 'PASS';
    writeEvents(tampered, events);
    const csv = text(tampered, 'results.csv')
      .split('\n')
      .map((line) => (line.includes(`,${flipped.checkId},`) ? line.replace(',FAIL,', ',PASS,') : line))
      .join('\n');
    tampered.set('results.csv', Buffer.from(csv));
    refreshManifest(tampered);
    expect(failureOf(tampered)).toBe(
      `audit-events.jsonl seq ${seal.seq}: hash does not match the event's content (the event was altered)`,
    );

    // Rehashing the chain from there on does not help: the signed checkpoint no longer matches.
    const rehashed = eventsOf(tampered);
    const from = rehashed.findIndex((e) => e.seq === seal.seq);
    for (let i = from; i < rehashed.length; i += 1) {
      const event = rehashed[i]!;
      event.prevHash = i === 0 ? manifestOf(tampered).ledger.prevHash : rehashed[i - 1]!.hash;
      event.hash = chainHash(event.prevHash, auditEventBody(event));
    }
    writeEvents(tampered, rehashed);
    refreshManifest(tampered);
    expect(failureOf(tampered)).toMatch(
      /^audit-events.jsonl seq \d+: hash differs from the signed checkpoint/,
    );
  });

  it('catches an altered checkpoint signature', () => {
    const tampered = copy();
    const document = JSON.parse(text(tampered, 'checkpoints.json')) as {
      checkpoints: { seq: number; signature: string }[];
    };
    const last = document.checkpoints.at(-1)!;
    const signature = Buffer.from(last.signature, 'base64');
    signature[10] = signature[10]! ^ 0xff;
    last.signature = signature.toString('base64');
    tampered.set('checkpoints.json', Buffer.from(JSON.stringify(document)));
    refreshManifest(tampered);
    expect(failureOf(tampered)).toBe(
      `checkpoints.json seq ${last.seq}: checkpoint #${document.checkpoints.length} (key dev-1) signature does not verify under its key (the checkpoint was altered)`,
    );
  });

  it('names a file left out of the manifest and an extra file', () => {
    const unlisted = copy();
    const manifest = manifestOf(unlisted);
    delete manifest.files['controls.csv'];
    unlisted.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    expect(failureOf(unlisted)).toBe('controls.csv: is in the package but not listed in manifest.json');

    const extra = copy();
    extra.set('evidence/README.txt', Buffer.from('not ours'));
    expect(failureOf(extra)).toBe('evidence/README.txt: is in the package but not listed in manifest.json');
  });

  it('catches a derived file rewritten with its manifest entry (sealed by export.generated)', () => {
    const tampered = copy();
    tampered.set('controls.csv', Buffer.from(text(tampered, 'controls.csv').replace('FAILING', 'PASSING')));
    refreshManifest(tampered);
    expect(failureOf(tampered)).toMatch(
      /^controls.csv seq \d+: SHA-256 differs from the one sealed by export.generated/,
    );
  });
});

describe('a later period', () => {
  it('carries a chain excerpt that opens at a signed checkpoint, and still verifies', async () => {
    // A fresh organization: its first export's closing checkpoint opens the excerpt of a period that follows it.
    const beta = await newOrg(ctx.api.app, 'Beta');
    await exportOf(beta);
    const after = Date.now() + 5;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = new Map(
      [...unzipExport((await exportOf(beta, after)).zip)].map(([p, bytes]) => [p, Buffer.from(bytes)]),
    );
    const manifest = manifestOf(later);
    expect(manifest.ledger.firstSeq).toBeGreaterThan(1);
    expect(manifest.ledger.prevHash).not.toBe('0'.repeat(64));
    expect(verifyExport(later, { recompute })).toMatchObject({
      firstSeq: manifest.ledger.firstSeq,
      results: 0,
    });

    // The opening checkpoint is what anchors the start: a forged prevHash is refused.
    manifest.ledger.prevHash = 'f'.repeat(64);
    later.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    expect(failureOf(later)).toMatch(
      /^audit-events.jsonl seq \d+: the excerpt starts neither at the genesis/,
    );
  });
});

describe('ledger keys and the live chain after an export', () => {
  it('publishes the checkpoint keys without authentication', async () => {
    const res = await call<{ keys: { keyId: string; algorithm: string; publicKeyPem: string }[] }>(
      ctx.api.app,
      'GET',
      '/api/v1/ledger/keys',
    );
    expect(res.status).toBe(200);
    const exported = JSON.parse(text(files, 'keys.json')) as {
      keys: { keyId: string; publicKeyPem: string }[];
    };
    expect(res.body.keys).toEqual(
      expect.arrayContaining(exported.keys.map((k): unknown => expect.objectContaining(k))),
    );
  });

  it('still verifies the organization chain through the API, the same verifier code', async () => {
    const res = await call<{ valid: boolean; checkpointsVerified: number }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${acme.orgId}/audit-events/verify`,
      { token: acme.owner.accessToken },
    );
    expect(res.body).toMatchObject({ valid: true });
    expect(res.body.checkpointsVerified).toBeGreaterThanOrEqual(1);
  });
});

describe('export requests', () => {
  it('refuses a bad period with a 400 naming the field, and other tenants with 404', async () => {
    const bad = await call<{ message: string }>(ctx.api.app, 'POST', `/api/v1/orgs/${acme.orgId}/exports`, {
      token: acme.owner.accessToken,
      body: { from: '2026-10-02T00:00:00Z', to: '2026-10-01T00:00:00Z' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^to: /);
    const notDate = await call<{ message: string }>(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${acme.orgId}/exports`,
      {
        token: acme.owner.accessToken,
        body: { from: 'yesterday', to: '2026-10-01T00:00:00Z' },
      },
    );
    expect(notDate.status).toBe(400);
    expect(notDate.body.message).toMatch(/^from: /);

    const other = await newOrg(ctx.api.app, 'Other');
    const list = await call(ctx.api.app, 'GET', `/api/v1/orgs/${acme.orgId}/exports`, {
      token: other.owner.accessToken,
    });
    expect(list.status).toBe(404);
  });
});

describe("an auditor's window on exports", () => {
  it('lets a windowed auditor export inside the window only, and keeps viewers out', async () => {
    const now = Date.now();
    const window = { from: new Date(now - 2 * 86_400_000).toISOString(), to: new Date(now).toISOString() };
    const auditor = await newUser(ctx.api.app, acme, 'AUDITOR', { auditWindow: window });
    const viewer = await newUser(ctx.api.app, acme, 'VIEWER');

    const outside = await call<{ message: string }>(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${acme.orgId}/exports`,
      {
        token: auditor.accessToken,
        body: { from: new Date(now - 10 * 86_400_000).toISOString(), to: window.to },
      },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.message).toMatch(/^from\/to: must lie within your audit window/);

    const inside = await call<{ id: string }>(ctx.api.app, 'POST', `/api/v1/orgs/${acme.orgId}/exports`, {
      token: auditor.accessToken,
      body: { from: new Date(now - 86_400_000).toISOString(), to: window.to },
    });
    expect(inside.status).toBe(202);
    const listed = await call<{ items: { id: string; period: { from: string } }[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${acme.orgId}/exports`,
      { token: auditor.accessToken },
    );
    expect(listed.body.items.map((item) => item.id)).toContain(inside.body.id);
    for (const item of listed.body.items) {
      expect(Date.parse(item.period.from)).toBeGreaterThanOrEqual(Date.parse(window.from));
    }

    // Other writes stay closed to the auditor; a viewer cannot request nor list exports.
    const exception = await call(ctx.api.app, 'POST', `/api/v1/orgs/${acme.orgId}/exceptions`, {
      token: auditor.accessToken,
      body: { checkId: 'aws.iam.root-mfa', resourceId: 'x', justification: 'j', expiresAt: window.to },
    });
    expect(exception.status).toBe(403);
    for (const method of ['GET', 'POST'] as const) {
      const res = await call(ctx.api.app, method, `/api/v1/orgs/${acme.orgId}/exports`, {
        token: viewer.accessToken,
        ...(method === 'POST' ? { body: { from: window.from, to: window.to } } : {}),
      });
      expect(res.status).toBe(403);
    }
  });

  it('refuses an audit window on a role other than AUDITOR, and an empty window, naming the field', async () => {
    const wrongRole = await call<{ message: string }>(
      ctx.api.app,
      'POST',
      `/api/v1/orgs/${acme.orgId}/members`,
      {
        token: acme.owner.accessToken,
        body: {
          email: `viewer-${Date.now()}@example.com`,
          role: 'VIEWER',
          auditWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        },
      },
    );
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.message).toMatch(/^auditWindow: /);
    const empty = await call<{ message: string }>(ctx.api.app, 'POST', `/api/v1/orgs/${acme.orgId}/members`, {
      token: acme.owner.accessToken,
      body: {
        email: `auditor-${Date.now()}@example.com`,
        role: 'AUDITOR',
        auditWindow: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^auditWindow.to: /);
  });
});
