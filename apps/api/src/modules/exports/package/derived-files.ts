import { canonicalJson, EXPORT_FILES } from '@kushim/ledger';
import { renderControlsCsv } from './controls-csv';
import { renderExceptionsCsv } from './exceptions-csv';
import type { ExportModel } from './export-model';
import { renderAssessmentResults } from './oscal/assessment-results';
import { renderResultsCsv } from './results-csv';
import { renderSummaryHtml } from './summary-html';

/**
 * The files rendered from the model (not copied from storage or the chain). Their SHA-256s are sealed by the
 * export's `export.generated` audit event before the closing checkpoint is signed.
 */
export function renderDerivedFiles(model: ExportModel): Map<string, Buffer> {
  const text = (value: string): Buffer => Buffer.from(value, 'utf8');
  return new Map([
    [EXPORT_FILES.resultsJsonl, text(model.results.map((r) => `${canonicalJson(r.sealed)}\n`).join(''))],
    [EXPORT_FILES.resultsCsv, text(renderResultsCsv(model))],
    [EXPORT_FILES.controlsCsv, text(renderControlsCsv(model))],
    [EXPORT_FILES.exceptionsCsv, text(renderExceptionsCsv(model))],
    [EXPORT_FILES.summary, text(renderSummaryHtml(model))],
    [EXPORT_FILES.oscal, text(`${JSON.stringify(renderAssessmentResults(model), null, 2)}\n`)],
  ]);
}
