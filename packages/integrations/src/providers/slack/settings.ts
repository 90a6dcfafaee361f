import { z } from 'zod';

export const slackCheckDefaults = { adminLimit: 3 } as const;

/**
 * Non-secret Slack settings: the endpoint override (the Kushim sandbox or a proxy; default https://slack.com/api/),
 * the channel alerts go to, and the check thresholds.
 */
export const slackSettingsSchema = z
  .object({
    apiUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Development/sandbox only: Slack Web API base URL override'),
    alertChannel: z
      .string()
      .min(1)
      .optional()
      .describe('Channel name (without #) or id that Kushim posts alerts to, e.g. security-alerts'),
    adminLimit: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Most workspace admins and owners allowed (default 3)'),
    approvedGuests: z
      .array(z.string().min(1))
      .optional()
      .describe('Guests (email or Slack user id) reviewed and approved without an expiry date'),
  })
  .strict();

export type SlackSettings = z.infer<typeof slackSettingsSchema>;

const checkSettingsReader = z.object({
  adminLimit: z.number().int().min(1).catch(slackCheckDefaults.adminLimit),
  approvedGuests: z.array(z.string()).catch([]),
});

/** Check thresholds from a check context's settings; absent or invalid values fall back to the defaults. */
export function readSlackCheckSettings(
  settings: Readonly<Record<string, unknown>>,
): z.infer<typeof checkSettingsReader> {
  return checkSettingsReader.parse(settings);
}
