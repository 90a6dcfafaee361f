import { renderCsv } from './csv';
import type { ExportException, ExportModel } from './export-model';

/** `exceptions.csv`: the exceptions in force at some time during the period. */
export function renderExceptionsCsv(model: ExportModel): string {
  return renderCsv<ExportException>(
    [
      { header: 'exception_id', value: (e) => e.id },
      { header: 'check_id', value: (e) => e.checkId },
      { header: 'resource_id', value: (e) => e.resourceId },
      { header: 'justification', value: (e) => e.justification },
      { header: 'approved_by', value: (e) => e.approvedBy },
      { header: 'created_at', value: (e) => e.createdAt },
      { header: 'expires_at', value: (e) => e.expiresAt },
      { header: 'revoked_at', value: (e) => e.revokedAt },
    ],
    model.exceptions,
  );
}
