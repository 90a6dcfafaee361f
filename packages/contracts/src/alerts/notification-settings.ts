import { z } from 'zod';
import { UuidSchema } from '../common/ids';

export const SeveritySchema = z.enum(['critical', 'high', 'medium', 'low']);

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const slaDays = z.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days');

export const SlaDaysSchema = z
  .object({ critical: slaDays, high: slaDays, medium: slaDays, low: slaDays })
  .strict();

/**
 * `PUT /orgs/{orgId}/notification-settings`: the whole configuration (fields left out take their defaults).
 * `slackWebhookUrl`: a string sets it, null removes it, absent keeps the stored one — it is never returned.
 */
export const UpdateNotificationSettingsSchema = z
  .object({
    slackEnabled: z.boolean().default(false),
    slackMode: z.enum(['BOT', 'WEBHOOK']).default('BOT'),
    slackChannel: z.string().trim().min(1).max(80).nullable().default(null),
    slackIntegrationId: UuidSchema.nullable().default(null),
    slackWebhookUrl: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(500)
      .nullable()
      .optional(),
    slackMinSeverity: SeveritySchema.default('high'),
    digestEnabled: z.boolean().default(false),
    digestTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM (24 h)')
      .default('09:00'),
    timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('UTC'),
    jiraEnabled: z.boolean().default(false),
    jiraIntegrationId: UuidSchema.nullable().default(null),
    jiraProjectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as SEC')
      .nullable()
      .default(null),
    jiraIssueType: z.string().trim().min(1).max(60).default('Task'),
    jiraMinSeverity: SeveritySchema.default('high'),
    jiraLabels: z
      .array(z.string().regex(/^[^\s]{1,60}$/, 'must be a label without spaces'))
      .max(10)
      .default(['kushim']),
    slaDays: SlaDaysSchema.default({ critical: 7, high: 30, medium: 90, low: 180 }),
    inconclusiveAlertHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(24),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.slackEnabled && value.slackMode === 'BOT' && !value.slackChannel) {
      ctx.addIssue({ code: 'custom', path: ['slackChannel'], message: 'is required to post with the bot' });
    }
    if (value.jiraEnabled && !value.jiraProjectKey) {
      ctx.addIssue({ code: 'custom', path: ['jiraProjectKey'], message: 'is required when Jira is enabled' });
    }
    if (value.jiraEnabled && !value.jiraIntegrationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['jiraIntegrationId'],
        message: 'is required when Jira is enabled',
      });
    }
  });
export type UpdateNotificationSettingsRequest = z.input<typeof UpdateNotificationSettingsSchema>;
export type UpdateNotificationSettings = z.output<typeof UpdateNotificationSettingsSchema>;

export const NotificationSettingsViewSchema = z.object({
  slackEnabled: z.boolean(),
  slackMode: z.enum(['BOT', 'WEBHOOK']),
  slackChannel: z.string().nullable(),
  slackIntegrationId: z.uuid().nullable(),
  /** Whether a webhook URL is stored (the URL itself is a secret and never returned). */
  slackWebhookConfigured: z.boolean(),
  slackMinSeverity: SeveritySchema,
  digestEnabled: z.boolean(),
  digestTime: z.string(),
  timezone: z.string(),
  jiraEnabled: z.boolean(),
  jiraIntegrationId: z.uuid().nullable(),
  jiraProjectKey: z.string().nullable(),
  jiraIssueType: z.string(),
  jiraMinSeverity: SeveritySchema,
  jiraLabels: z.array(z.string()),
  /** Jira's last refusal of this configuration (project missing, no permission), null when the last sync worked. */
  jiraLastError: z.string().nullable(),
  slaDays: SlaDaysSchema,
  inconclusiveAlertHours: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type NotificationSettingsView = z.infer<typeof NotificationSettingsViewSchema>;

export const ControlTransitionViewSchema = z.object({
  id: z.uuid(),
  controlId: z.string(),
  from: z.string(),
  to: z.string(),
  cause: z.string(),
  runId: z.uuid().nullable(),
  occurredAt: z.string(),
});
export const ControlTransitionListSchema = z.object({
  items: z.array(ControlTransitionViewSchema),
  nextCursor: z.string().nullable(),
});
export type ControlTransitionList = z.infer<typeof ControlTransitionListSchema>;

export const ListTransitionsQuerySchema = z
  .object({
    controlId: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.uuid({ message: 'must be a nextCursor value from a previous page' }).optional(),
  })
  .strict();
export type ListTransitionsQuery = z.infer<typeof ListTransitionsQuerySchema>;

export const OutboxMessageViewSchema = z.object({
  id: z.uuid(),
  channel: z.string(),
  kind: z.string(),
  status: z.enum(['PENDING', 'SENT', 'DISCARDED']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /** The message's plain-text summary (Slack's fallback text). */
  text: z.string(),
});
export const OutboxListSchema = z.object({
  items: z.array(OutboxMessageViewSchema),
  nextCursor: z.string().nullable(),
});
export type OutboxList = z.infer<typeof OutboxListSchema>;

export const ListOutboxQuerySchema = z
  .object({
    status: z.enum(['PENDING', 'SENT', 'DISCARDED']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.uuid({ message: 'must be a nextCursor value from a previous page' }).optional(),
  })
  .strict();
export type ListOutboxQuery = z.infer<typeof ListOutboxQuerySchema>;
