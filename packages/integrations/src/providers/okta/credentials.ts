import { z } from 'zod';

/**
 * Okta credentials. Kushim implements the SSWS API token (created by a Read-Only Administrator: Security → API →
 * Tokens). The OAuth 2.0 service app alternative (private-key JWT with the okta.*.read scopes) is documented in
 * docs/integrations/okta.md and is the recommended production setup once supported.
 */
export const oktaCredentialSchema = z
  .object({
    apiToken: z.string().min(1).describe('Okta API token (SSWS) created by a read-only administrator'),
  })
  .strict();

export type OktaCredentials = z.infer<typeof oktaCredentialSchema>;
