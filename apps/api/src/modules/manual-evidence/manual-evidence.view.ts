import {
  ManualEvidenceContentSchema,
  type ManualEvidenceContent,
  type ManualEvidenceView,
} from '@kushim/contracts';
import type { Evidence } from '@kushim/db';

export const MANUAL_EVIDENCE_KIND = 'manual.upload';

/** The metadata stored as a manual upload's content (parsed: a row that does not parse is not a manual upload). */
export function manualContentOf(row: Pick<Evidence, 'content'>): ManualEvidenceContent {
  return ManualEvidenceContentSchema.parse(row.content);
}

export function manualEvidenceStateAt(
  content: Pick<ManualEvidenceContent, 'validFrom' | 'validUntil'>,
  now: Date,
): ManualEvidenceView['state'] {
  const today = now.toISOString().slice(0, 10);
  if (today < content.validFrom) {
    return 'NOT_YET_VALID';
  }
  return today < content.validUntil ? 'VALID' : 'EXPIRED';
}

export function toManualEvidenceView(
  row: Pick<Evidence, 'id' | 'organizationId' | 'contentHash' | 'content'>,
  now: Date,
): ManualEvidenceView {
  const content = manualContentOf(row);
  return {
    id: row.id,
    controlId: content.controlId,
    title: content.title,
    description: content.description,
    fileName: content.fileName,
    mediaType: content.mediaType,
    sizeBytes: content.sizeBytes,
    fileSha256: content.fileSha256,
    sha256: row.contentHash,
    activityDate: content.activityDate,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    state: manualEvidenceStateAt(content, now),
    uploadedAt: content.uploadedAt,
    uploadedBy: content.uploadedBy,
    downloadPath: `/api/v1/orgs/${row.organizationId}/evidence/${row.id}/file`,
  };
}
