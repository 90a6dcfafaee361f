import { z } from 'zod';

/** A Slack app's Bot User OAuth Token (xoxb-…), installed with the read scopes in docs/integrations/slack.md. */
export const slackCredentialSchema = z
  .object({
    botToken: z.string().min(1).describe('Bot User OAuth Token (xoxb-…)'),
  })
  .strict();

export type SlackCredentials = z.infer<typeof slackCredentialSchema>;
