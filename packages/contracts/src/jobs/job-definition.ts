import type { z } from 'zod';

export interface JobBackoff {
  /** `jittered-exponential`: exponential with jitter, never sooner than a provider's Retry-After (worker strategy). */
  type: 'exponential' | 'fixed' | 'jittered-exponential';
  delayMs: number;
}

/** A repeating job: a cron pattern (UTC) or a fixed interval. Upserted as a BullMQ job scheduler at worker boot. */
export type JobSchedule = { pattern: string } | { everyMs: number };

/** A job = a name, the queue it runs on, the schema its payload must pass, and its retry policy. */
export interface JobDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType> {
  name: Name;
  queue: string;
  payload: Payload;
  attempts: number;
  backoff: JobBackoff;
  description: string;
  schedule?: JobSchedule;
}

export function defineJob<const Name extends string, Payload extends z.ZodType>(
  definition: JobDefinition<Name, Payload>,
): JobDefinition<Name, Payload> {
  return definition;
}
