import { z } from 'zod';
import { RoleSchema } from '../common/role';
import { FutureDateTimeSchema } from './invite-member';

export const UpdateMemberRequestSchema = z
  .object({
    role: RoleSchema.optional(),
    /** null removes the end date. */
    expiresAt: FutureDateTimeSchema.nullable().optional(),
  })
  .strict()
  .refine((update) => update.role !== undefined || update.expiresAt !== undefined, {
    message: 'give role or expiresAt',
    path: ['role'],
  });
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequestSchema>;
