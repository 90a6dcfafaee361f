import { z } from 'zod';
import { EmailSchema, LoginPasswordSchema } from './credentials';

export const LoginRequestSchema = z.object({ email: EmailSchema, password: LoginPasswordSchema }).strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
