import { z } from 'zod';
import { UuidSchema } from '../common/ids';

export const StartRunRequestSchema = z
  .object({
    /** Only these integrations (default: every integration that is not disabled). */
    integrationIds: z.array(UuidSchema).min(1, 'must list at least one integration').max(100).optional(),
  })
  .strict();
export type StartRunRequest = z.infer<typeof StartRunRequestSchema>;

export const StartRunResponseSchema = z.object({ runId: z.uuid() });
export type StartRunResponse = z.infer<typeof StartRunResponseSchema>;

export const RunStepSchema = z.object({
  integrationId: z.uuid(),
  provider: z.string(),
  name: z.string(),
  state: z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED']),
  attempts: z.number().int(),
  evidenceCount: z.number().int(),
  newEvidenceCount: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const RunSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(['MANUAL', 'SCHEDULED']),
  status: z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED']),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  evaluatedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  steps: z.array(RunStepSchema),
  /** Check outcomes of this run, by status (empty until evaluated). */
  results: z.object({
    PASS: z.number().int(),
    FAIL: z.number().int(),
    INCONCLUSIVE: z.number().int(),
    NOT_APPLICABLE: z.number().int(),
  }),
});
export type RunView = z.infer<typeof RunSchema>;

export const RunParamsSchema = z.object({ orgId: UuidSchema, runId: UuidSchema }).strict();

export const ListRunsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.uuid({ message: 'must be a nextCursor value from a previous page' }).optional(),
  })
  .strict();
export type ListRunsQuery = z.infer<typeof ListRunsQuerySchema>;

/** The organization's sweep schedule: every N hours (the shortest interval among enabled integrations). */
export const RunScheduleSchema = z.object({ everyHours: z.number().int(), nextRunAt: z.string() });

export const RunListSchema = z.object({
  items: z.array(RunSchema),
  nextCursor: z.string().nullable(),
  /** Null when no integration is enabled (nothing is scheduled). */
  schedule: RunScheduleSchema.nullable(),
});
export type RunList = z.infer<typeof RunListSchema>;
