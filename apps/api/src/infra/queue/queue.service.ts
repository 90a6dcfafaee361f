import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type Redis from 'ioredis';
import { canonicalJson } from '@kushim/ledger';
import { jobDefinition, type JobDefinition, type JobName, type JobPayload } from '@kushim/contracts';
import { deterministicJobId } from './job-id';
import { QUEUE_SETTINGS, type QueueSettings } from './queue-settings';
import { createQueueConnection } from './redis-connection';

/** Keep finished jobs long enough to deduplicate retries of the same work, not forever. */
const RETENTION: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function jobOptions(definition: JobDefinition): JobsOptions {
  return {
    attempts: definition.attempts,
    backoff: { type: definition.backoff.type, delay: definition.backoff.delayMs },
    ...RETENTION,
  };
}

/**
 * The producer side of the queues: the API and the worker enqueue through it; only the worker processes. Connects
 * to Redis on first use, so a process that never enqueues never opens a connection.
 */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private connection: Redis | null = null;
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  /**
   * Adds `payload` (validated against the job's schema) once: the job id derives from `jobKey`, by default the
   * canonical JSON of the payload, so the same work enqueued twice is one job.
   */
  async enqueue<Name extends JobName>(
    name: Name,
    payload: JobPayload<Name>,
    options: { jobKey?: string; delayMs?: number } = {},
  ): Promise<{ jobId: string }> {
    const definition = jobDefinition(name);
    const data: unknown = definition.payload.parse(payload);
    const jobId = deterministicJobId(name, options.jobKey ?? canonicalJson(data));
    await this.queue(definition.queue).add(name, data, {
      ...jobOptions(definition),
      jobId,
      ...(options.delayMs !== undefined ? { delay: options.delayMs } : {}),
    });
    return { jobId };
  }

  /** Creates or updates the repeating schedule of a job that declares one (idempotent; id = job name). */
  async upsertSchedule(definition: JobDefinition): Promise<void> {
    const { schedule } = definition;
    if (!schedule) {return;}
    const repeat =
      'pattern' in schedule ? { pattern: schedule.pattern, tz: 'UTC' } : { every: schedule.everyMs };
    await this.queue(definition.queue).upsertJobScheduler(definition.name, repeat, {
      name: definition.name,
      // A scheduled job runs with an empty payload; parsing here fails the boot if its schema requires more.
      data: definition.payload.parse({}),
      opts: jobOptions(definition),
    });
  }

  queue(queueName: string): Queue {
    let queue = this.queues.get(queueName);
    if (!queue) {
      this.connection ??= createQueueConnection(this.settings.redisUrl);
      queue = new Queue(queueName, { connection: this.connection, prefix: this.settings.prefix });
      this.queues.set(queueName, queue);
    }
    return queue;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    this.connection?.disconnect();
    this.connection = null;
  }
}
