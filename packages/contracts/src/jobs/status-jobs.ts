import { z } from 'zod';
import { defineJob } from './job-definition';

/**
 * Hourly: recomputes the control statuses and today's score of every organization where something lapsed since
 * its last recomputation — an exception expired, manual evidence reached the end (or the start) of its validity —
 * so a status never waits for the next sweep, and an organization without integrations is kept current too.
 */
export const statusRefreshJob = defineJob({
  name: 'status.refresh',
  queue: 'evaluate',
  payload: z.object({}).strict(),
  attempts: 5,
  backoff: { type: 'exponential', delayMs: 10_000 },
  description: 'Recomputes control statuses where an exception or manual evidence lapsed',
  schedule: { pattern: '7 * * * *' },
});
