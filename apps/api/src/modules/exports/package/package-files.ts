import {
  EXPORT_FILES,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  sha256Hex,
  type ExportManifest,
  type PublishedKeys,
} from '@kushim/ledger';
import type { LedgerSegment } from '../build/export-ledger-segment';
import type { ExportModel } from './export-model';

/**
 * Every file of the package, manifest last: the derived files, one JSON record per evidence snapshot, the uploaded
 * bytes of manual evidence, the chain excerpt (one event per line), its checkpoints and the public keys. Pure.
 */
export function packageFiles(args: {
  model: ExportModel;
  derived: ReadonlyMap<string, Buffer>;
  uploads: ReadonlyMap<string, Buffer>;
  ledger: LedgerSegment;
  keys: PublishedKeys;
}): Map<string, Buffer> {
  const { model, ledger } = args;
  const files = new Map<string, Buffer>(args.derived);
  for (const evidence of model.evidence) {
    files.set(evidence.path, Buffer.from(`${JSON.stringify(evidence.record, null, 2)}\n`, 'utf8'));
  }
  for (const [path, bytes] of args.uploads) {
    files.set(path, bytes);
  }
  files.set(
    EXPORT_FILES.auditEvents,
    Buffer.from(ledger.events.map((event) => `${JSON.stringify(jsonEvent(event))}\n`).join(''), 'utf8'),
  );
  files.set(
    EXPORT_FILES.checkpoints,
    Buffer.from(`${JSON.stringify({ checkpoints: ledger.checkpoints.map(jsonCheckpoint) }, null, 2)}\n`),
  );
  files.set(EXPORT_FILES.keys, Buffer.from(`${JSON.stringify(args.keys, null, 2)}\n`, 'utf8'));

  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    exportId: model.exportId,
    organization: model.organization,
    period: model.period,
    generatedAt: model.generatedAt,
    ledger: {
      firstSeq: ledger.start.seq + 1,
      lastSeq: ledger.events.at(-1)?.seq ?? ledger.start.seq,
      prevHash: ledger.start.hash,
    },
    files: Object.fromEntries(
      [...files.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, bytes]) => [path, sha256Hex(bytes)]),
    ),
  };
  files.set(EXPORT_FILES.manifest, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return files;
}

/** One chain link as a JSON line: the event's fields with ISO times, exactly what the hash covers plus the hashes. */
function jsonEvent(event: LedgerSegment['events'][number]): unknown {
  return {
    ...event,
    occurredAt: new Date(event.occurredAt).toISOString(),
  };
}

function jsonCheckpoint(checkpoint: LedgerSegment['checkpoints'][number]): unknown {
  return { ...checkpoint, signedAt: new Date(checkpoint.signedAt).toISOString() };
}

/** For the `export.generated` event: the derived files' SHA-256 by path. */
export function derivedFileHashes(derived: ReadonlyMap<string, Buffer>): Record<string, string> {
  return Object.fromEntries([...derived.entries()].map(([path, bytes]) => [path, sha256Hex(bytes)]));
}
