import { z } from 'zod';
import { EmailSchema, PasswordSchema, PersonNameSchema } from './credentials';

export const SignupRequestSchema = z
  .object({
    organizationName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    name: PersonNameSchema,
    email: EmailSchema,
    password: PasswordSchema,
  })
  .strict();
export type SignupRequest = z.infer<typeof SignupRequestSchema>;
