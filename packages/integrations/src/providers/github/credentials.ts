import { z } from 'zod';

/**
 * GitHub credentials: a fine-grained personal access token or a GitHub App installation token, read-only.
 * Encrypted at rest, never returned by the API.
 */
export const githubCredentialSchema = z
  .object({
    token: z
      .string()
      .min(1)
      .describe('Fine-grained personal access token or GitHub App installation token (read-only)'),
  })
  .strict();

export type GithubCredentials = z.infer<typeof githubCredentialSchema>;
