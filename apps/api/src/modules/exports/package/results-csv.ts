import { renderCsv, list } from './csv';
import type { ExportModel, ExportResult } from './export-model';

interface FindingFlags {
  resource?: { id?: string };
  status?: string;
  excepted?: boolean;
}

const findingsOf = (result: ExportResult): FindingFlags[] =>
  (result.sealed.findings as unknown as FindingFlags[]) ?? [];

/** `results.csv`: one row per sealed result; `kushim-verify` checks run_id, check_id, status and result_sha256. */
export function renderResultsCsv(model: ExportModel): string {
  const checks = new Map(model.checks.map((check) => [check.id, check]));
  return renderCsv<ExportResult>(
    [
      { header: 'run_id', value: (r) => r.sealed.runId },
      { header: 'check_id', value: (r) => r.sealed.checkId },
      { header: 'check_title', value: (r) => checks.get(r.sealed.checkId)?.title ?? '', freeText: true },
      { header: 'severity', value: (r) => checks.get(r.sealed.checkId)?.severity ?? '' },
      { header: 'status', value: (r) => r.sealed.status },
      { header: 'evaluated_at', value: (r) => r.sealed.evaluatedAt },
      {
        header: 'failing_resources',
        value: (r) =>
          list(
            findingsOf(r)
              .filter((f) => f.status === 'FAIL' && !f.excepted)
              .map((f) => f.resource?.id ?? ''),
          ),
        freeText: true,
      },
      {
        header: 'excepted_resources',
        value: (r) =>
          list(
            findingsOf(r)
              .filter((f) => f.excepted === true)
              .map((f) => f.resource?.id ?? ''),
          ),
        freeText: true,
      },
      { header: 'evidence_ids', value: (r) => list(r.sealed.inputs.evidence.map((e) => e.id)) },
      { header: 'missing_evidence', value: (r) => list(r.sealed.missingEvidence) },
      { header: 'result_sha256', value: (r) => r.sha256 },
    ],
    model.results,
  );
}
