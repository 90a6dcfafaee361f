import { z } from 'zod';
import { RoleSchema } from '../common/role';

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserSchema>;

export const OrganizationSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string() });
export type OrganizationView = z.infer<typeof OrganizationSchema>;

export const SignupResponseSchema = z.object({
  user: UserSchema,
  organization: OrganizationSchema,
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
});
export type SignupResponse = z.infer<typeof SignupResponseSchema>;

export const MeResponseSchema = z.object({
  user: UserSchema,
  memberships: z.array(
    z.object({
      orgId: z.uuid(),
      organizationName: z.string(),
      role: RoleSchema,
      /** AUDITOR access ends here; a past value means the membership has expired. */
      expiresAt: z.string().nullable(),
      auditWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
    }),
  ),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;
