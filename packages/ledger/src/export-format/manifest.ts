export const EXPORT_FORMAT = 'kushim.audit-export';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * `manifest.json`: what the package is and the SHA-256 of every other file in it. The manifest is an inventory
 * (missing, extra or damaged files); authenticity comes from the signed checkpoints, which cover the chain, which
 * seals every evidence snapshot, every result and the export's derived files (the `export.generated` event).
 */
export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_FORMAT_VERSION;
  exportId: string;
  organization: { id: string; name: string };
  period: { from: string; to: string };
  generatedAt: string;
  ledger: {
    /** The chain segment in audit-events.jsonl: seq firstSeq … lastSeq, contiguous. */
    firstSeq: number;
    lastSeq: number;
    /** The hash the segment continues from: GENESIS_HASH when firstSeq is 1, else the opening checkpoint's hash. */
    prevHash: string;
  };
  /** path → lower-case hex SHA-256, for every file in the ZIP except manifest.json itself. */
  files: Record<string, string>;
}

/** The audit action recorded once an export's derived files are rendered; sealed before the closing checkpoint. */
export const EXPORT_GENERATED_ACTION = 'export.generated';
export interface ExportGeneratedPayload {
  exportId: string;
  period: { from: string; to: string };
  /** SHA-256 of the derived views (controls.csv, exceptions.csv, results.csv, summary.html, the OSCAL document). */
  files: Record<string, string>;
}
