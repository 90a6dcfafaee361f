import { z } from 'zod';

/** Claims of an access JWT. email and name ride along so authenticating a request needs no database read. */
export const AccessTokenClaimsSchema = z.object({
  sub: z.uuid(),
  typ: z.literal('access'),
  email: z.string(),
  name: z.string(),
  exp: z.number().int(),
});
export type AccessTokenClaims = z.infer<typeof AccessTokenClaimsSchema>;

export const ACCESS_COOKIE = 'kushim_access';
