import { z } from 'zod';
import { LoginPasswordSchema, PersonNameSchema } from './credentials';

/**
 * `POST /auth/accept-invite`. For a new account the password must satisfy the password policy (checked by the
 * service, since an existing account's password is only verified).
 */
export const AcceptInviteRequestSchema = z
  .object({
    inviteToken: z.string().min(1, 'is required').max(200, 'is not an invitation token'),
    name: PersonNameSchema,
    password: LoginPasswordSchema,
  })
  .strict();
export type AcceptInviteRequest = z.infer<typeof AcceptInviteRequestSchema>;
