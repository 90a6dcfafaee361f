import { z } from 'zod';
import { UuidSchema } from '../common/ids';

/** The media types a manual upload may have (detected from the bytes, never taken from the client's header). */
export const MANUAL_EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type ManualEvidenceMediaType = (typeof MANUAL_EVIDENCE_MEDIA_TYPES)[number];

const day = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

/**
 * The form fields of `POST /orgs/{orgId}/controls/{controlId}/evidence` (multipart/form-data, with one `file`).
 * activityDate: when the activity happened (the policy was approved, the training took place) — not the upload
 * date. The validity interval defaults to one period of the control's frequency from the activity date.
 */
export const ManualEvidenceFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'is required').max(200),
    description: z.string().trim().max(2000).optional(),
    activityDate: day,
    validFrom: day.optional(),
    validUntil: day.optional(),
  })
  .strict();
export type ManualEvidenceFields = z.infer<typeof ManualEvidenceFieldsSchema>;

export const ControlEvidenceParamsSchema = z
  .object({ orgId: UuidSchema, controlId: z.string().regex(/^KSM-[A-Z]+-\d+$/, 'is not a control id') })
  .strict();

/** Whether an upload counts now: in its validity interval, not started yet, or lapsed. */
export const ManualEvidenceStateSchema = z.enum(['VALID', 'NOT_YET_VALID', 'EXPIRED']);

/** What is stored (and hashed) as the content of a `manual.upload` evidence row. */
export const ManualEvidenceContentSchema = z.object({
  controlId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.enum(MANUAL_EVIDENCE_MEDIA_TYPES),
  sizeBytes: z.number().int(),
  /** SHA-256 (hex) of the file's bytes. */
  fileSha256: z.string(),
  activityDate: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  storage: z.object({ backend: z.enum(['local', 's3']), key: z.string() }),
  uploadedBy: z.object({ type: z.enum(['user', 'apiKey']), id: z.string() }),
  uploadedAt: z.string(),
});
export type ManualEvidenceContent = z.infer<typeof ManualEvidenceContentSchema>;

export const ManualEvidenceViewSchema = z.object({
  id: z.uuid(),
  controlId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  fileSha256: z.string(),
  /** SHA-256 of the evidence record (the canonical JSON of its metadata, which includes fileSha256). */
  sha256: z.string(),
  activityDate: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  state: ManualEvidenceStateSchema,
  uploadedAt: z.string(),
  uploadedBy: z.object({ type: z.enum(['user', 'apiKey']), id: z.string() }),
  /** GET this path (same auth) for the file as uploaded. */
  downloadPath: z.string(),
});
export type ManualEvidenceView = z.infer<typeof ManualEvidenceViewSchema>;

export const ManualEvidenceListSchema = z.object({ items: z.array(ManualEvidenceViewSchema) });
export type ManualEvidenceList = z.infer<typeof ManualEvidenceListSchema>;
