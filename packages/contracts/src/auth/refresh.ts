import { z } from 'zod';

/** `POST /auth/refresh` and `POST /auth/logout`. */
export const RefreshRequestSchema = z
  .object({ refreshToken: z.string().min(1, 'is required').max(200, 'is not a refresh token') })
  .strict();
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;
