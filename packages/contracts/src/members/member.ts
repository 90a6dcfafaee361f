import { z } from 'zod';
import { RoleSchema } from '../common/role';

export const MemberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  expiresAt: z.string().nullable(),
  /** AUDITOR only: the period under audit, or null. */
  auditWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
  joinedAt: z.string(),
});
export type MemberView = z.infer<typeof MemberSchema>;

export const MemberListSchema = z.object({ items: z.array(MemberSchema), nextCursor: z.string().nullable() });
export type MemberList = z.infer<typeof MemberListSchema>;

export const MemberParamsSchema = z
  .object({ orgId: z.uuid({ message: 'must be a UUID' }), userId: z.uuid({ message: 'must be a UUID' }) })
  .strict();
