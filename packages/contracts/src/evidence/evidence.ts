import { z } from 'zod';
import { UuidSchema } from '../common/ids';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../common/page';

export const ListEvidenceQuerySchema = z
  .object({
    kind: z.string().min(1).max(200).optional(),
    integrationId: UuidSchema.optional(),
    from: z.iso.datetime({ message: 'must be an ISO-8601 date-time' }).optional(),
    to: z.iso.datetime({ message: 'must be an ISO-8601 date-time' }).optional(),
    limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
    cursor: z.uuid({ message: 'must be a nextCursor value from a previous page' }).optional(),
  })
  .strict();
export type ListEvidenceQuery = z.infer<typeof ListEvidenceQuerySchema>;

export const EvidenceSummarySchema = z.object({
  id: z.uuid(),
  integrationId: z.uuid().nullable(),
  /** The run that first collected this content. */
  runId: z.uuid().nullable(),
  kind: z.string(),
  /** SHA-256 (hex) of the canonical JSON of the content as stored. */
  sha256: z.string(),
  collectedAt: z.string(),
});
export type EvidenceSummary = z.infer<typeof EvidenceSummarySchema>;

export const EvidenceListSchema = z.object({
  items: z.array(EvidenceSummarySchema),
  nextCursor: z.string().nullable(),
});
export type EvidenceList = z.infer<typeof EvidenceListSchema>;

/** A check result that rests on an evidence record. */
export const EvidenceCitationSchema = z.object({
  resultId: z.uuid(),
  runId: z.uuid(),
  checkId: z.string(),
  status: z.enum(['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE']),
  evaluatedAt: z.string(),
});

export const EvidenceDetailSchema = EvidenceSummarySchema.extend({
  content: z.unknown(),
  /** The check results that cite this evidence, newest first (at most 100). */
  citedBy: z.array(EvidenceCitationSchema),
});
export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;

export const EvidenceParamsSchema = z.object({ orgId: UuidSchema, evidenceId: UuidSchema }).strict();
