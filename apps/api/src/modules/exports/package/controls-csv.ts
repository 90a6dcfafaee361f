import { renderCsv, list } from './csv';
import type { ExportControl, ExportModel } from './export-model';

/** `controls.csv`: each catalog control with its status at the end of the period. */
export function renderControlsCsv(model: ExportModel): string {
  return renderCsv<ExportControl>(
    [
      { header: 'control_id', value: (c) => c.id },
      { header: 'title', value: (c) => c.title, freeText: true },
      { header: 'status', value: (c) => c.status },
      { header: 'criteria', value: (c) => list(c.criteria) },
      { header: 'checks', value: (c) => list(c.checkIds) },
      { header: 'failing_checks', value: (c) => list(c.failingCheckIds) },
      { header: 'owner', value: (c) => c.ownerEmail, freeText: true },
      { header: 'manual_evidence_ids', value: (c) => list(c.manualEvidenceIds) },
      { header: 'evaluated_at', value: (c) => c.evaluatedAt },
    ],
    model.controls,
  );
}
