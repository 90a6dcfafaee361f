/** Where each part of an auditor export lives inside its ZIP. docs/ledger.md "The export" describes each file. */
export const EXPORT_FILES = {
  manifest: 'manifest.json',
  auditEvents: 'audit-events.jsonl',
  checkpoints: 'checkpoints.json',
  keys: 'keys.json',
  resultsJsonl: 'results.jsonl',
  resultsCsv: 'results.csv',
  controlsCsv: 'controls.csv',
  exceptionsCsv: 'exceptions.csv',
  summary: 'summary.html',
  oscal: 'oscal/assessment-results.json',
} as const;

/** The record of one evidence snapshot (content included). */
export function evidenceRecordPath(evidenceId: string): string {
  return `evidence/${evidenceId}.json`;
}

/** A manual upload's bytes, exactly as uploaded, under a name safe on every file system. */
export function evidenceFilePath(evidenceId: string, fileName: string): string {
  const safe =
    fileName
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^\.+/, '_')
      .slice(0, 120) || 'file';
  return `evidence/${evidenceId}/${safe}`;
}
