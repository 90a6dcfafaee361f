import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { auditEventBody, type ChainedLedgerEvent, type LedgerEvent } from '../audit-event-body';
import { chainHash, GENESIS_HASH } from '../chain-hash';
import { checkpointPayload, signCheckpoint, type SignedCheckpoint } from '../checkpoint';
import type { EvidenceRecord } from '../export-format/evidence-record';
import { EXPORT_FILES, evidenceRecordPath } from '../export-format/export-layout';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportManifest } from '../export-format/manifest';
import { publishKeys } from '../export-format/public-keys';
import {
  evidenceContentHash,
  sealedResultHash,
  sha256Hex,
  type SealedCheckResult,
} from '../export-format/sealed-result';
import type { JsonValue } from '../json-value';
import type { Recompute } from './verify-export';

/**
 * A small, well-formed export built the way the worker builds one (events hashed, checkpoints signed, results
 * sealed), for tests of the verifier. The fixture's "check" is `demo.flag-on`: PASS when the evidence's `flag` is
 * true — `fixtureRecompute` is its pure check code.
 */
export const FIXTURE_ORG = '0193a1b2-0000-7000-8000-0000000000aa';
export const FIXTURE_EXPORT = '0193a1b2-0000-7000-8000-0000000000ee';
const RUN = '0193a1b2-0000-7000-8000-000000000001';

export interface FixtureExport {
  files: Map<string, Buffer>;
  events: ChainedLedgerEvent[];
  privateKey: KeyObject;
  keyId: string;
  rewrite: (events: ChainedLedgerEvent[]) => void;
  /** Rewrites manifest.json over the current files: what a careful forger does after changing one. */
  refreshManifest: () => void;
}

export const fixtureRecompute: Recompute = (sealed, contents) => {
  if (sealed.checkId !== 'demo.flag-on') {
    return null;
  }
  const [ref] = sealed.inputs.evidence;
  const flag = ref ? (contents.get(ref.id) as { flag?: boolean } | undefined)?.flag === true : false;
  return {
    status: flag ? 'PASS' : 'FAIL',
    findings: [{ resource: { type: 'demo', id: 'r1' }, status: flag ? 'PASS' : 'FAIL', reason: 'flag' }],
    missingEvidence: [],
  };
};

export function buildFixtureExport(
  options: { flag?: boolean; forgedStatus?: 'PASS' | 'FAIL' } = {},
): FixtureExport {
  const flag = options.flag ?? false;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyId = 'test-1';
  const events: ChainedLedgerEvent[] = [];
  const append = (partial: Omit<LedgerEvent, 'organizationId' | 'seq' | 'occurredAt'>): void => {
    const seq = events.length + 1;
    const event: LedgerEvent = {
      organizationId: FIXTURE_ORG,
      seq,
      occurredAt: new Date(Date.UTC(2026, 9, 1, 0, seq)),
      requestId: null,
      ip: null,
      ...partial,
    };
    const prevHash = events.at(-1)?.hash ?? GENESIS_HASH;
    events.push({ ...event, prevHash, hash: chainHash(prevHash, auditEventBody(event)) });
  };
  const content = { flag };
  const evidence: EvidenceRecord = {
    id: '0193a1b2-0000-7000-8000-0000000000e1',
    kind: 'demo.flags',
    integrationId: '0193a1b2-0000-7000-8000-0000000000i1',
    runId: RUN,
    collectedAt: '2026-10-01T00:00:30.000Z',
    sha256: evidenceContentHash(content),
    content,
    file: null,
  };
  const recomputed = fixtureRecompute(
    {
      inputs: { evidence: [{ id: evidence.id }] },
      checkId: 'demo.flag-on',
    } as SealedCheckResult,
    new Map([[evidence.id, content]]),
  )!;
  const result: SealedCheckResult = {
    kind: 'kushim.check-result',
    version: 1,
    organizationId: FIXTURE_ORG,
    runId: RUN,
    checkId: 'demo.flag-on',
    evaluatedAt: '2026-10-01T00:01:00.000Z',
    status: options.forgedStatus ?? (recomputed.status as SealedCheckResult['status']),
    findings: recomputed.findings as JsonValue[],
    missingEvidence: [],
    inputs: {
      integrations: [{ id: evidence.integrationId!, provider: 'demo', settings: {} }],
      evidence: [
        {
          id: evidence.id,
          kind: evidence.kind,
          integrationId: evidence.integrationId,
          collectedAt: evidence.collectedAt,
          sha256: evidence.sha256,
        },
      ],
      exceptions: [],
    },
  };
  append({
    actor: { type: 'USER', id: 'u1', label: 'ada@example.com' },
    action: 'auth.signed-up',
    payload: {},
  });
  append({
    actor: { type: 'SYSTEM', label: 'worker' },
    action: 'evidence.collected',
    target: { type: 'integration', id: evidence.integrationId! },
    payload: { runId: RUN, evidence: [{ id: evidence.id, kind: evidence.kind, sha256: evidence.sha256 }] },
  });
  append({
    actor: { type: 'SYSTEM', label: 'worker' },
    action: 'results.sealed',
    target: { type: 'run', id: RUN },
    payload: {
      runId: RUN,
      evaluatedAt: result.evaluatedAt,
      results: [{ checkId: result.checkId, status: result.status, sha256: sealedResultHash(result) }],
    },
  });

  const files = new Map<string, Buffer>();
  const put = (path: string, body: string): void => {
    files.set(path, Buffer.from(body, 'utf8'));
  };
  put(evidenceRecordPath(evidence.id), JSON.stringify(evidence, null, 2));
  put(EXPORT_FILES.resultsJsonl, `${JSON.stringify(result)}\n`);
  put(
    EXPORT_FILES.resultsCsv,
    `run_id,check_id,status,result_sha256\n${RUN},${result.checkId},${result.status},${sealedResultHash(result)}\n`,
  );
  put(EXPORT_FILES.summary, '<!doctype html><title>summary</title>');
  const derived = [EXPORT_FILES.resultsJsonl, EXPORT_FILES.resultsCsv, EXPORT_FILES.summary];
  append({
    actor: { type: 'SYSTEM', label: 'worker' },
    action: 'export.generated',
    target: { type: 'export', id: FIXTURE_EXPORT },
    payload: {
      exportId: FIXTURE_EXPORT,
      files: Object.fromEntries(derived.map((path) => [path, sha256Hex(files.get(path)!)])),
    },
  });

  const checkpoints: SignedCheckpoint[] = [];
  const sign = (seq: number): void => {
    const fields = {
      organizationId: FIXTURE_ORG,
      seq,
      hash: events[seq - 1]!.hash,
      signedAt: new Date(Date.UTC(2026, 9, 1, 1, seq)).toISOString(),
      keyId,
      prevSignature: checkpoints.at(-1)?.signature ?? null,
    };
    checkpoints.push({ ...fields, signature: signCheckpoint(checkpointPayload(fields), privateKey) });
  };
  sign(2);
  sign(events.length);

  const writeLedger = (chain: ChainedLedgerEvent[]): void => {
    put(EXPORT_FILES.auditEvents, chain.map((e) => `${JSON.stringify(e)}\n`).join(''));
  };
  writeLedger(events);
  put(EXPORT_FILES.checkpoints, JSON.stringify({ checkpoints }, null, 2));
  put(EXPORT_FILES.keys, JSON.stringify(publishKeys(new Map([[keyId, publicKey]]))));

  const manifest = (): ExportManifest => ({
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    exportId: FIXTURE_EXPORT,
    organization: { id: FIXTURE_ORG, name: 'Fixture' },
    period: { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
    generatedAt: '2026-11-01T00:00:00.000Z',
    ledger: { firstSeq: 1, lastSeq: events.length, prevHash: GENESIS_HASH },
    files: Object.fromEntries(
      [...files.entries()]
        .filter(([path]) => path !== EXPORT_FILES.manifest)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, bytes]) => [path, sha256Hex(bytes)]),
    ),
  });
  put(EXPORT_FILES.manifest, JSON.stringify(manifest(), null, 2));
  return {
    files,
    events,
    privateKey,
    keyId,
    rewrite: (chain) => {
      writeLedger(chain);
      put(EXPORT_FILES.manifest, JSON.stringify(manifest(), null, 2));
    },
    refreshManifest: () => put(EXPORT_FILES.manifest, JSON.stringify(manifest(), null, 2)),
  };
}
