import { csvList, renderCsv } from './csv';
import type { ExportModel, ExportResult } from './export-model';
import { exceptedResources, failingResources } from './result-findings';

/**
 * `results.csv`: one row per sealed result, in the model's order. `kushim-verify` reads run_id, check_id, status and
 * result_sha256 back (written raw); every other column is guarded against spreadsheet formulas.
 */
export function renderResultsCsv(model: ExportModel): string {
  const checks = new Map(model.checks.map((check) => [check.id, check]));
  return renderCsv<ExportResult>(
    [
      { header: 'run_id', value: (r) => r.sealed.runId, raw: true },
      { header: 'check_id', value: (r) => r.sealed.checkId, raw: true },
      { header: 'check_title', value: (r) => checks.get(r.sealed.checkId)?.title ?? '' },
      { header: 'severity', value: (r) => checks.get(r.sealed.checkId)?.severity ?? '' },
      { header: 'status', value: (r) => r.sealed.status, raw: true },
      { header: 'evaluated_at', value: (r) => r.sealed.evaluatedAt },
      { header: 'failing_resources', value: (r) => csvList(failingResources(r)) },
      { header: 'excepted_resources', value: (r) => csvList(exceptedResources(r)) },
      { header: 'evidence_ids', value: (r) => csvList(r.sealed.inputs.evidence.map((e) => e.id)) },
      { header: 'missing_evidence', value: (r) => csvList(r.sealed.missingEvidence) },
      { header: 'result_sha256', value: (r) => r.sha256, raw: true },
    ],
    model.results,
  );
}
