import { z } from 'zod';
import { RoleSchema } from '../common/role';
import { AuditWindowSchema, FutureDateTimeSchema } from './invite-member';

export const UpdateMemberRequestSchema = z
  .object({
    role: RoleSchema.optional(),
    /** null removes the end date. */
    expiresAt: FutureDateTimeSchema.nullable().optional(),
    /** AUDITOR only: the period under audit; null removes the window. */
    auditWindow: AuditWindowSchema.nullable().optional(),
  })
  .strict()
  .refine(
    (update) =>
      update.role !== undefined || update.expiresAt !== undefined || update.auditWindow !== undefined,
    {
      message: 'give role, expiresAt or auditWindow',
      path: ['role'],
    },
  );
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequestSchema>;
