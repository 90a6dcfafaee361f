import type { z } from 'zod';

export interface JobBackoff {
  /** `jittered-exponential`: exponential with jitter, never sooner than a provider's Retry-After (worker strategy). */
  type: 'exponential' | 'fixed' | 'jittered-exponential';
  delayMs: number;
}

/** A repeating job: a cron pattern (UTC) or a fixed interval. Upserted as a BullMQ job scheduler at worker boot. */
export type JobSchedule = { pattern: string } | { everyMs: number };

/**
 * Splits a job's queue by one payload field: a job whose `field` is `v` runs on queue `<queue>.<v>`, so each value
 * (a provider) gets its own concurrency and rate limit. `values` lists every value, so the worker knows which
 * queues to serve.
 */
export interface JobPartition {
  field: string;
  values: readonly string[];
}

/** A job = a name, the queue it runs on, the schema its payload must pass, and its retry policy. */
export interface JobDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType> {
  name: Name;
  queue: string;
  /** Unset: every job runs on `queue`. */
  partition?: JobPartition;
  payload: Payload;
  attempts: number;
  backoff: JobBackoff;
  description: string;
  schedule?: JobSchedule;
}

export function defineJob<const Name extends string, Payload extends z.ZodType>(
  definition: JobDefinition<Name, Payload> & {
    // The partition field must be a field of the payload, checked where the job is defined.
    partition?: { field: keyof z.output<Payload> & string };
  },
): JobDefinition<Name, Payload> {
  return definition;
}

/** A payload does not name one of its job's queues (a partition value outside the declared list). */
export class JobRoutingError extends Error {
  override readonly name = 'JobRoutingError';
}

/** Every queue a job may run on: `queue`, or one `<queue>.<value>` per partition value. */
export function jobQueueNames(definition: Pick<JobDefinition, 'queue' | 'partition'>): string[] {
  const { queue, partition } = definition;
  return partition ? partition.values.map((value) => `${queue}.${value}`) : [queue];
}

/** The queue one job runs on, picked by its (parsed) payload. */
export function jobQueueName(
  definition: Pick<JobDefinition, 'name' | 'queue' | 'partition'>,
  payload: unknown,
): string {
  const { partition } = definition;
  if (!partition) {
    return definition.queue;
  }
  const value: unknown =
    typeof payload === 'object' && payload !== null ? Reflect.get(payload, partition.field) : undefined;
  if (typeof value !== 'string' || !partition.values.includes(value)) {
    throw new JobRoutingError(
      `Job "${definition.name}": ${partition.field} must be one of ${partition.values.join(', ')}, got ${JSON.stringify(value) ?? 'nothing'}`,
    );
  }
  return `${definition.queue}.${value}`;
}
