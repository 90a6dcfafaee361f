import { csvList, renderCsv } from './csv';
import type { ExportControl, ExportModel } from './export-model';

/** `controls.csv`: every catalog control with its status at the end of the period. */
export function renderControlsCsv(model: ExportModel): string {
  return renderCsv<ExportControl>(
    [
      { header: 'control_id', value: (c) => c.id },
      { header: 'title', value: (c) => c.title },
      { header: 'status', value: (c) => c.status },
      { header: 'criteria', value: (c) => csvList(c.criteria) },
      { header: 'checks', value: (c) => csvList(c.checkIds) },
      { header: 'failing_checks', value: (c) => csvList(c.failingCheckIds) },
      { header: 'owner', value: (c) => c.ownerEmail },
      { header: 'manual_evidence_ids', value: (c) => csvList(c.manualEvidenceIds) },
      { header: 'evaluated_at', value: (c) => c.evaluatedAt },
    ],
    model.controls,
  );
}
