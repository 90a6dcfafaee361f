import { z } from 'zod';
import { defineJob } from './job-definition';

const org = z.object({ orgId: z.uuid() }).strict();

/**
 * Delivers an organization's pending outbox messages, oldest first, one at a time; stops at the first failure so
 * messages arrive in order. Enqueued after anything writes a message, and by `alert.sweep`.
 */
export const alertDeliverJob = defineJob({
  name: 'alert.deliver',
  queue: 'alerts',
  payload: org,
  attempts: 8,
  backoff: { type: 'jittered-exponential', delayMs: 2_000 },
  description: "Delivers an organization's pending Slack messages in order, each exactly once",
});

/** Every minute: enqueues delivery for each organization with pending messages (a long outage, a lost enqueue). */
export const alertSweepJob = defineJob({
  name: 'alert.sweep',
  queue: 'alerts',
  payload: z.object({}).strict(),
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 5_000 },
  description: 'Enqueues delivery for organizations with pending outbox messages',
  schedule: { pattern: '* * * * *' },
});

/** Every 15 minutes: writes the daily digest of each organization whose local digest time has come today. */
export const alertDigestJob = defineJob({
  name: 'alert.digest',
  queue: 'alerts',
  payload: z.object({}).strict(),
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 10_000 },
  description: 'Writes the daily digest (failing controls, overdue checks) at each organization’s local time',
  schedule: { pattern: '*/15 * * * *' },
});

/** Brings an organization's Jira remediation tickets in line with its latest check results. */
export const alertJiraSyncJob = defineJob({
  name: 'alert.jira-sync',
  queue: 'alerts',
  payload: org,
  attempts: 6,
  backoff: { type: 'jittered-exponential', delayMs: 2_000 },
  description: 'Opens, updates and closes one Jira ticket per failing check',
});
