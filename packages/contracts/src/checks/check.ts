import { z } from 'zod';
import { UuidSchema } from '../common/ids';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../common/page';

export const CheckResultStatusSchema = z.enum(['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE']);

export const StoredFindingSchema = z.object({
  resource: z.object({ type: z.string(), id: z.string(), name: z.string().optional() }),
  status: z.enum(['PASS', 'FAIL']),
  reason: z.string(),
  evidence: z.array(z.string()),
  /** A failing finding accepted by an active exception (it does not fail its control). */
  excepted: z.boolean(),
  exceptionId: z.string().optional(),
});

export const CheckResultSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  checkId: z.string(),
  status: CheckResultStatusSchema,
  findings: z.array(StoredFindingSchema),
  evidenceIds: z.array(z.uuid()),
  missingEvidence: z.array(z.string()),
  evaluatedAt: z.string(),
});
export type CheckResultView = z.infer<typeof CheckResultSchema>;

export const CheckLatestSchema = z.object({
  status: CheckResultStatusSchema,
  runId: z.uuid(),
  evaluatedAt: z.string(),
  failingFindings: z.number().int(),
  exceptedFindings: z.number().int(),
});
export type CheckLatest = z.infer<typeof CheckLatestSchema>;

/**
 * A failing check's remediation SLA: due `slaDays[severity]` after it started failing (organization setting,
 * default critical 7, high 30, medium 90, low 180 days); `overdue` once past due. Null while the check does not fail.
 */
export const CheckSlaSchema = z.object({
  failingSince: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
});
export type CheckSla = z.infer<typeof CheckSlaSchema>;

export const CheckSummarySchema = z.object({
  id: z.string(),
  provider: z.string(),
  title: z.string(),
  severity: z.enum(['critical', 'high', 'medium', 'low']),
  controls: z.array(z.string()),
  criteria: z.array(z.object({ id: z.string(), rationale: z.string() })),
  evidence: z.array(z.string()),
  remediation: z.string(),
  /** This organization's latest result; null when never evaluated. */
  latest: CheckLatestSchema.nullable(),
  sla: CheckSlaSchema.nullable(),
});
export type CheckSummary = z.infer<typeof CheckSummarySchema>;
export const CheckListSchema = z.object({ items: z.array(CheckSummarySchema) });
export type CheckList = z.infer<typeof CheckListSchema>;

export const CheckResultListSchema = z.object({
  items: z.array(CheckResultSchema),
  nextCursor: z.string().nullable(),
});
export type CheckResultList = z.infer<typeof CheckResultListSchema>;

export const CheckParamsSchema = z
  .object({
    orgId: UuidSchema,
    checkId: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a check id'),
  })
  .strict();

export const CheckResultsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
    cursor: z.uuid({ message: 'must be a nextCursor value from a previous page' }).optional(),
  })
  .strict();
export type CheckResultsQuery = z.infer<typeof CheckResultsQuerySchema>;
