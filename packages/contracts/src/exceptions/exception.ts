import { z } from 'zod';
import { UuidSchema } from '../common/ids';

export const CreateExceptionRequestSchema = z
  .object({
    checkId: z.string().min(1, 'is required').max(200),
    /** The finding's resource id (ARN, owner/repo, user id…). */
    resourceId: z.string().min(1, 'is required').max(500),
    justification: z.string().trim().min(10, 'must explain the decision (at least 10 characters)').max(2000),
    expiresAt: z.iso.datetime({ message: 'must be an ISO-8601 date-time' }),
  })
  .strict();
export type CreateExceptionRequest = z.infer<typeof CreateExceptionRequestSchema>;

export const ExceptionSchema = z.object({
  id: z.uuid(),
  checkId: z.string(),
  resourceId: z.string(),
  justification: z.string(),
  approvedById: z.uuid().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Not revoked and not expired: it applies at the next evaluation. */
  active: z.boolean(),
});
export type ExceptionView = z.infer<typeof ExceptionSchema>;
export const ExceptionListSchema = z.object({ items: z.array(ExceptionSchema) });
export type ExceptionList = z.infer<typeof ExceptionListSchema>;

export const ExceptionParamsSchema = z.object({ orgId: UuidSchema, exceptionId: UuidSchema }).strict();
