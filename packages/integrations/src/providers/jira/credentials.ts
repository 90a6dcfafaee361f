import { z } from 'zod';

/** Jira Cloud basic auth: an Atlassian account email and an API token of a read-only account. Never returned. */
export const jiraCredentialSchema = z
  .object({
    email: z.email().describe('Atlassian account email of the (read-only) integration user'),
    apiToken: z.string().min(1).describe('API token created at id.atlassian.com → Security → API tokens'),
  })
  .strict();

export type JiraCredentials = z.infer<typeof jiraCredentialSchema>;
