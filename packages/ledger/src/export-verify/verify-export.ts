import { parse as parseCsv } from 'csv-parse/sync';
import type { ChainedLedgerEvent } from '../audit-event-body';
import { canonicalJson } from '../canonical-json';
import type { PublicKeysById, SignedCheckpoint } from '../checkpoint';
import type { EvidenceRecord } from '../export-format/evidence-record';
import { EXPORT_FILES } from '../export-format/export-layout';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_GENERATED_ACTION,
  type ExportManifest,
} from '../export-format/manifest';
import { readPublishedKeys } from '../export-format/public-keys';
import {
  evidenceContentHash,
  RESULTS_SEALED_ACTION,
  sealedResultHash,
  sha256Hex,
  type SealedCheckResult,
} from '../export-format/sealed-result';
import { LedgerVerifier, type LedgerBreakReason } from '../verify-ledger';
import type { ExportFiles } from './export-source';
import { fail } from './export-failure';

/** What a check computes again from a sealed result's inputs and the contents of the evidence it cites. */
export interface RecomputedResult {
  status: string;
  findings: unknown[];
  missingEvidence: string[];
}

/** Returns null when the check is unknown to this verifier. */
export type Recompute = (
  sealed: SealedCheckResult,
  contents: ReadonlyMap<string, unknown>,
) => RecomputedResult | null;

export interface ExportVerificationOptions {
  /** Recomputes each result with the product's own pure check code (the CLI wires it). */
  recompute?: Recompute;
  /** Keys obtained out of band (GET /api/v1/ledger/keys); default: the package's own keys.json. */
  trustedKeys?: PublicKeysById;
}

export interface ExportSummary {
  exportId: string;
  organization: { id: string; name: string };
  period: { from: string; to: string };
  files: number;
  firstSeq: number;
  lastSeq: number;
  checkpoints: number;
  keyIds: string[];
  keysSource: 'package' | 'trusted';
  evidence: number;
  results: number;
  recomputed: number;
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

function json<T>(files: ExportFiles, file: string): T {
  const bytes = files.get(file);
  if (!bytes) {
    fail({ file, message: 'missing from the package' });
  }
  try {
    return JSON.parse(text(bytes)) as T;
  } catch {
    return fail({ file, message: 'is not valid JSON' });
  }
}

/**
 * Verifies an auditor export offline, in this order, stopping at the first failure (thrown as an
 * ExportVerificationError naming the file, seq, run, check or evidence):
 * 1. manifest: every file listed, nothing extra, every SHA-256 right;
 * 2. the chain excerpt: contiguous from its signed opening to its signed closing checkpoint, every hash recomputed,
 *    every checkpoint signature valid under its key id and linked to the previous one;
 * 3. every result in results.jsonl is the one the chain sealed (`results.sealed`), and results.csv says the same;
 * 4. every evidence record's content hash is the sealed one, and manual uploads' bytes match;
 * 5. every result's cited evidence is in the package with the cited hash, and the check recomputes to the same outcome;
 * 6. the derived files (CSVs, summary, OSCAL) are those sealed by the export's `export.generated` event.
 */
export function verifyExport(files: ExportFiles, options: ExportVerificationOptions = {}): ExportSummary {
  const manifest = verifyManifest(files);
  const keys = options.trustedKeys ?? readKeys(files);
  const events = readEvents(files);
  const checkpoints = json<{ checkpoints: SignedCheckpoint[] }>(files, EXPORT_FILES.checkpoints).checkpoints;
  verifyLedger(manifest, events, checkpoints, keys);

  const seals = collectSeals(events, manifest.exportId);
  const results = verifyResults(files, manifest, seals.results);
  verifyResultsCsv(files, results);
  const evidence = verifyEvidence(files, seals.evidence, results);
  const recomputed = verifyCitations(results, evidence, options.recompute);
  verifyDerivedFiles(manifest, seals.exportFiles);

  return {
    exportId: manifest.exportId,
    organization: manifest.organization,
    period: manifest.period,
    files: files.size,
    firstSeq: manifest.ledger.firstSeq,
    lastSeq: manifest.ledger.lastSeq,
    checkpoints: checkpoints.length,
    keyIds: [...new Set(checkpoints.map((c) => c.keyId))].sort(),
    keysSource: options.trustedKeys ? 'trusted' : 'package',
    evidence: evidence.size,
    results: results.length,
    recomputed,
  };
}

function verifyManifest(files: ExportFiles): ExportManifest {
  const manifest = json<ExportManifest>(files, EXPORT_FILES.manifest);
  if (manifest.format !== EXPORT_FORMAT || manifest.version !== EXPORT_FORMAT_VERSION) {
    fail({
      file: EXPORT_FILES.manifest,
      message: `not a ${EXPORT_FORMAT} version ${EXPORT_FORMAT_VERSION} manifest (format ${String(manifest.format)}, version ${String(manifest.version)})`,
    });
  }
  const listed = manifest.files ?? {};
  for (const path of [...files.keys()].sort()) {
    if (path !== EXPORT_FILES.manifest && !(path in listed)) {
      fail({ file: path, message: 'is in the package but not listed in manifest.json' });
    }
  }
  for (const [path, expected] of Object.entries(listed).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = files.get(path);
    if (!bytes) {
      fail({ file: path, message: 'is listed in manifest.json but missing from the package' });
    }
    const actual = sha256Hex(bytes);
    if (actual !== expected) {
      fail({
        file: path,
        message: `SHA-256 ${actual} differs from manifest.json (${expected}): the file was changed`,
      });
    }
  }
  return manifest;
}

function readKeys(files: ExportFiles): PublicKeysById {
  try {
    return readPublishedKeys(json<unknown>(files, EXPORT_FILES.keys));
  } catch (error) {
    if (error instanceof TypeError) {
      fail({ file: EXPORT_FILES.keys, message: error.message });
    }
    throw error;
  }
}

function readEvents(files: ExportFiles): ChainedLedgerEvent[] {
  const bytes = files.get(EXPORT_FILES.auditEvents);
  if (!bytes) {
    fail({ file: EXPORT_FILES.auditEvents, message: 'missing from the package' });
  }
  return text(bytes)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as ChainedLedgerEvent;
      } catch {
        return fail({ file: EXPORT_FILES.auditEvents, message: `line ${index + 1} is not valid JSON` });
      }
    });
}

const CHAIN_MESSAGES: Record<LedgerBreakReason, string> = {
  'seq-gap': 'this event is missing or out of place (the chain skips it)',
  'seq-duplicate': 'this seq appears again after a later event (events were reordered or duplicated)',
  'prev-hash-mismatch':
    "prevHash is not the previous event's hash (events were removed, inserted or reordered)",
  'hash-mismatch': "hash does not match the event's content (the event was altered)",
  'checkpoint-mismatch': 'hash differs from the signed checkpoint at this seq (the chain was rewritten)',
  truncated: 'the chain ends before a signed checkpoint (events were removed from the end)',
  'unsigned-tail': 'events after the last checkpoint are not covered by a signature',
  'unanchored-start': 'the excerpt starts neither at the genesis nor at its signed opening checkpoint',
  'checkpoint-unknown-key': 'is signed with a key id that is not among the verification keys',
  'checkpoint-bad-signature': 'signature does not verify under its key (the checkpoint was altered)',
  'checkpoint-prev-signature-mismatch':
    "does not name the previous checkpoint's signature (checkpoints were removed or reordered)",
  'checkpoint-seq-not-increasing': 'seq does not increase from the previous checkpoint',
  'checkpoint-organization-mismatch': 'belongs to another organization',
};

function verifyLedger(
  manifest: ExportManifest,
  events: readonly ChainedLedgerEvent[],
  checkpoints: readonly SignedCheckpoint[],
  keys: PublicKeysById,
): void {
  const start = { seq: manifest.ledger.firstSeq - 1, hash: manifest.ledger.prevHash };
  const verifier = new LedgerVerifier({ checkpoints, publicKeys: keys, excerpt: { start } });
  verifier.push(events);
  const result = verifier.result();
  if (!result.valid) {
    if (result.checkpointIndex !== undefined) {
      const checkpoint = checkpoints[result.checkpointIndex];
      fail({
        file: EXPORT_FILES.checkpoints,
        seq: result.brokenAtSeq,
        message: `checkpoint #${result.checkpointIndex + 1} (key ${checkpoint?.keyId ?? '?'}) ${CHAIN_MESSAGES[result.reason]}`,
      });
    }
    fail({ file: EXPORT_FILES.auditEvents, seq: result.brokenAtSeq, message: CHAIN_MESSAGES[result.reason] });
  }
  if (result.lastSeq !== manifest.ledger.lastSeq) {
    fail({
      file: EXPORT_FILES.auditEvents,
      seq: result.lastSeq,
      message: `the chain ends at seq ${result.lastSeq}, the manifest says ${manifest.ledger.lastSeq}`,
    });
  }
  const organizationId = manifest.organization.id;
  const foreign = events.find((event) => event.organizationId !== organizationId);
  if (foreign) {
    fail({ file: EXPORT_FILES.auditEvents, seq: foreign.seq, message: 'belongs to another organization' });
  }
}

interface Seal {
  sha256: string;
  seq: number;
  kind?: string;
  status?: string;
}

interface Seals {
  evidence: Map<string, Seal>;
  /** Key `${runId} ${checkId}`; a re-evaluation seals again and the latest seal counts. */
  results: Map<string, Seal>;
  exportFiles: { files: Record<string, string>; seq: number } | null;
}

const resultKey = (runId: string, checkId: string): string => `${runId} ${checkId}`;

function collectSeals(events: readonly ChainedLedgerEvent[], exportId: string): Seals {
  const seals: Seals = { evidence: new Map(), results: new Map(), exportFiles: null };
  for (const event of events) {
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    if (event.action === 'evidence.collected' && Array.isArray(payload.evidence)) {
      for (const item of payload.evidence as { id: string; kind: string; sha256: string }[]) {
        seals.evidence.set(item.id, { sha256: item.sha256, kind: item.kind, seq: event.seq });
      }
    } else if (event.action === 'evidence.uploaded' && event.target?.type === 'evidence') {
      seals.evidence.set(event.target.id, {
        sha256: String(payload.sha256),
        kind: 'manual.upload',
        seq: event.seq,
      });
    } else if (event.action === RESULTS_SEALED_ACTION && Array.isArray(payload.results)) {
      for (const item of payload.results as { checkId: string; status: string; sha256: string }[]) {
        seals.results.set(resultKey(String(payload.runId), item.checkId), {
          sha256: item.sha256,
          status: item.status,
          seq: event.seq,
        });
      }
    } else if (event.action === EXPORT_GENERATED_ACTION && event.target?.id === exportId) {
      seals.exportFiles = { files: (payload.files ?? {}) as Record<string, string>, seq: event.seq };
    }
  }
  return seals;
}

function verifyResults(
  files: ExportFiles,
  manifest: ExportManifest,
  sealed: ReadonlyMap<string, Seal>,
): SealedCheckResult[] {
  const file = EXPORT_FILES.resultsJsonl;
  const bytes = files.get(file);
  if (!bytes) {
    fail({ file, message: 'missing from the package' });
  }
  const lines = text(bytes)
    .split('\n')
    .filter((line) => line.length > 0);
  return lines.map((line, index) => {
    let result: SealedCheckResult;
    try {
      result = JSON.parse(line) as SealedCheckResult;
    } catch {
      return fail({ file, message: `line ${index + 1} is not valid JSON` });
    }
    const where = { file, runId: result.runId, checkId: result.checkId };
    if (result.organizationId !== manifest.organization.id) {
      fail({ ...where, message: 'belongs to another organization' });
    }
    const seal = sealed.get(resultKey(result.runId, result.checkId));
    if (!seal) {
      fail({ ...where, message: 'no results.sealed event in the chain seals this result' });
    }
    const actual = sealedResultHash(result);
    if (actual !== seal.sha256) {
      fail({
        ...where,
        message: `SHA-256 ${actual} differs from the one sealed at seq ${seal.seq} (${seal.sha256}): the result was altered`,
      });
    }
    return result;
  });
}

function verifyResultsCsv(files: ExportFiles, results: readonly SealedCheckResult[]): void {
  const file = EXPORT_FILES.resultsCsv;
  const bytes = files.get(file);
  if (!bytes) {
    fail({ file, message: 'missing from the package' });
  }
  let rows: Record<string, string>[];
  try {
    rows = parseCsv<Record<string, string>>(text(bytes), { columns: true, skip_empty_lines: true });
  } catch (error) {
    return fail({
      file,
      message: `is not valid CSV (${error instanceof Error ? error.message : 'parse error'})`,
    });
  }
  const byKey = new Map(results.map((r) => [resultKey(r.runId, r.checkId), r]));
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const where = { file, runId: row.run_id, checkId: row.check_id };
    const result = byKey.get(resultKey(row.run_id ?? '', row.check_id ?? ''));
    if (!result) {
      fail({ ...where, message: `row ${index + 2} has no sealed result in results.jsonl` });
    }
    if (row.status !== result.status) {
      fail({
        ...where,
        message: `row ${index + 2}: status ${row.status} differs from the sealed result (${result.status})`,
      });
    }
    if (row.result_sha256 !== sealedResultHash(result)) {
      fail({ ...where, message: `row ${index + 2}: result_sha256 differs from the sealed result` });
    }
    seen.add(resultKey(result.runId, result.checkId));
  });
  const absent = results.find((r) => !seen.has(resultKey(r.runId, r.checkId)));
  if (absent) {
    fail({ file, runId: absent.runId, checkId: absent.checkId, message: 'a sealed result has no row' });
  }
}

function verifyEvidence(
  files: ExportFiles,
  sealed: ReadonlyMap<string, Seal>,
  results: readonly SealedCheckResult[],
): Map<string, EvidenceRecord> {
  const cited = new Map<string, string>();
  for (const result of results) {
    for (const ref of result.inputs.evidence) {
      cited.set(ref.id, ref.sha256);
    }
  }
  const records = new Map<string, EvidenceRecord>();
  for (const path of [...files.keys()].filter((p) => /^evidence\/[^/]+\.json$/.test(p)).sort()) {
    const record = json<EvidenceRecord>(files, path);
    const where = { file: path, evidenceId: record.id };
    if (path !== `evidence/${record.id}.json`) {
      fail({ ...where, message: 'the record id does not match its file name' });
    }
    const actual = evidenceContentHash(record.content);
    if (actual !== record.sha256) {
      fail({
        ...where,
        message: `content SHA-256 ${actual} differs from the record's sha256 (${record.sha256}): the content was changed`,
      });
    }
    const seal = sealed.get(record.id);
    const sealedHash = seal?.sha256 ?? cited.get(record.id);
    if (!sealedHash) {
      fail({
        ...where,
        message: 'is neither sealed by an event of the chain excerpt nor cited by a sealed result',
      });
    }
    if (sealedHash !== record.sha256) {
      fail({
        ...where,
        message: `content SHA-256 ${record.sha256} differs from the sealed one (${sealedHash})`,
      });
    }
    if (seal?.kind !== undefined && seal.kind !== record.kind) {
      fail({ ...where, message: `kind ${record.kind} differs from the sealed kind ${seal.kind}` });
    }
    if (record.file) {
      verifyUpload(files, record, where);
    }
    records.set(record.id, record);
  }
  return records;
}

function verifyUpload(
  files: ExportFiles,
  record: EvidenceRecord,
  where: { file: string; evidenceId: string },
): void {
  const upload = record.file!;
  const bytes = files.get(upload.path);
  if (!bytes) {
    fail({ ...where, message: `its uploaded file ${upload.path} is missing from the package` });
  }
  const sealedFileHash = (record.content as { fileSha256?: string } | null)?.fileSha256;
  const actual = sha256Hex(bytes);
  if (actual !== upload.sha256 || actual !== sealedFileHash) {
    fail({
      file: upload.path,
      evidenceId: record.id,
      message: `SHA-256 ${actual} differs from the sealed file hash (${sealedFileHash ?? 'none'})`,
    });
  }
}

function verifyCitations(
  results: readonly SealedCheckResult[],
  evidence: ReadonlyMap<string, EvidenceRecord>,
  recompute: Recompute | undefined,
): number {
  let recomputed = 0;
  for (const result of results) {
    const where = { file: EXPORT_FILES.resultsJsonl, runId: result.runId, checkId: result.checkId };
    const contents = new Map<string, unknown>();
    for (const ref of result.inputs.evidence) {
      const record = evidence.get(ref.id);
      if (!record) {
        fail({ ...where, evidenceId: ref.id, message: 'cites evidence that is not in the package' });
      }
      if (record.sha256 !== ref.sha256) {
        fail({
          ...where,
          evidenceId: ref.id,
          message: `cites SHA-256 ${ref.sha256}, the package holds ${record.sha256}`,
        });
      }
      contents.set(ref.id, record.content);
    }
    if (!recompute) {
      continue;
    }
    const again = recompute(result, contents);
    if (!again) {
      fail({
        ...where,
        message: 'this kushim-verify does not know the check; use the version that made the export',
      });
    }
    if (again.status !== result.status) {
      fail({ ...where, message: `recomputed status ${again.status}, sealed ${result.status}` });
    }
    if (canonicalJson(again.findings) !== canonicalJson(result.findings)) {
      fail({ ...where, message: 'recomputed findings differ from the sealed findings' });
    }
    if (canonicalJson(again.missingEvidence) !== canonicalJson(result.missingEvidence)) {
      fail({ ...where, message: 'recomputed missing evidence differs from the sealed result' });
    }
    recomputed += 1;
  }
  return recomputed;
}

function verifyDerivedFiles(manifest: ExportManifest, sealed: Seals['exportFiles']): void {
  if (!sealed) {
    fail({
      file: EXPORT_FILES.auditEvents,
      message: `no ${EXPORT_GENERATED_ACTION} event seals export ${manifest.exportId}`,
    });
  }
  for (const [path, hash] of Object.entries(sealed.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (manifest.files[path] !== hash) {
      fail({
        file: path,
        seq: sealed.seq,
        message: `SHA-256 differs from the one sealed by ${EXPORT_GENERATED_ACTION} (${hash})`,
      });
    }
  }
}
