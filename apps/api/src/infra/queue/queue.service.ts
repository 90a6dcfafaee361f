import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { FlowProducer, Queue, type FlowJob, type JobsOptions } from 'bullmq';
import type Redis from 'ioredis';
import {
  jobDefinition,
  jobQueueName,
  jobQueueNames,
  type JobDefinition,
  type JobName,
  type JobPayload,
} from '@kushim/contracts';
import { routeJob } from './job-route';
import { QUEUE_SETTINGS, type QueueSettings } from './queue-settings';
import { createQueueConnection } from './redis-connection';

/** Keep finished jobs long enough to deduplicate retries of the same work, not forever. */
const RETENTION: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * A tree of jobs: a parent runs once all its children have finished. `continueOnFailure` on a child lets its
 * parent run even when that child fails for good (a collect that hit rejected credentials must not stall the run).
 */
export interface FlowSpec {
  name: JobName;
  payload: unknown;
  /** Deterministic id source (default: the canonical JSON of the payload, partition field left out). */
  jobKey?: string;
  continueOnFailure?: boolean;
  children?: FlowSpec[];
}

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
  private flows: FlowProducer | null = null;

  constructor(@Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  /**
   * Adds `payload` (validated against the job's schema) once, on the queue it routes to: the job id derives from
   * `jobKey`, by default the canonical JSON of the payload, so the same work enqueued twice is one job.
   */
  async enqueue<Name extends JobName>(
    name: Name,
    payload: JobPayload<Name>,
    options: { jobKey?: string; delayMs?: number } = {},
  ): Promise<{ jobId: string }> {
    const definition = jobDefinition(name);
    const { queueName, data, jobId } = routeJob(definition, payload, options.jobKey);
    await this.queue(queueName).add(name, data, {
      ...jobOptions(definition),
      jobId,
      ...(options.delayMs !== undefined ? { delay: options.delayMs } : {}),
    });
    return { jobId };
  }

  /** Creates or updates the repeating schedule of a job that declares one (idempotent; id = job name). */
  async upsertSchedule(definition: JobDefinition): Promise<void> {
    const { schedule } = definition;
    if (!schedule) {
      return;
    }
    const repeat =
      'pattern' in schedule ? { pattern: schedule.pattern, tz: 'UTC' } : { every: schedule.everyMs };
    // A scheduled job runs with an empty payload; parsing here fails the boot if its schema requires more.
    const data: unknown = definition.payload.parse({});
    await this.queue(jobQueueName(definition, data)).upsertJobScheduler(definition.name, repeat, {
      name: definition.name,
      data,
      opts: jobOptions(definition),
    });
  }

  /**
   * Adds a flow atomically (all jobs or none), each job with a deterministic id: adding the same flow again is a
   * no-op for the jobs that already exist. Returns the root job's id.
   */
  async addFlow(flow: FlowSpec): Promise<{ jobId: string }> {
    const root = this.toFlowJob(flow);
    this.connection ??= createQueueConnection(this.settings.redisUrl);
    this.flows ??= new FlowProducer({ connection: this.connection, prefix: this.settings.prefix });
    await this.flows.add(root);
    return { jobId: root.opts?.jobId ?? '' };
  }

  /** Creates or moves a repeating job (id `schedulerId`) that enqueues `name` with `payload` every `everyMs`. */
  async upsertRecurringJob<Name extends JobName>(
    schedulerId: string,
    everyMs: number,
    name: Name,
    payload: JobPayload<Name>,
  ): Promise<void> {
    const definition = jobDefinition(name);
    const data: unknown = definition.payload.parse(payload);
    await this.queue(jobQueueName(definition, data)).upsertJobScheduler(
      schedulerId,
      // An `every` scheduler fires at once unless it has a start date: the first sweep is one interval away.
      { every: everyMs, startDate: Date.now() + everyMs },
      { name, data, opts: jobOptions(definition) },
    );
  }

  /** When the recurring job `schedulerId` fires next (epoch ms) and its interval, or null when there is none. */
  async recurringJob(
    name: JobName,
    schedulerId: string,
  ): Promise<{ nextAt: number; everyMs: number } | null> {
    for (const queueName of jobQueueNames(jobDefinition(name))) {
      const scheduler = await this.queue(queueName).getJobScheduler(schedulerId);
      if (scheduler?.next !== undefined && scheduler.every !== undefined) {
        return { nextAt: scheduler.next, everyMs: scheduler.every };
      }
    }
    return null;
  }

  /** Removes the scheduler from whichever of the job's queues holds it. */
  async removeRecurringJob(name: JobName, schedulerId: string): Promise<void> {
    for (const queueName of jobQueueNames(jobDefinition(name))) {
      await this.queue(queueName).removeJobScheduler(schedulerId);
    }
  }

  private toFlowJob(flow: FlowSpec): FlowJob {
    const definition = jobDefinition(flow.name);
    const { queueName, data, jobId } = routeJob(definition, flow.payload, flow.jobKey);
    return {
      name: flow.name,
      queueName,
      data,
      opts: {
        ...jobOptions(definition),
        jobId,
        ...(flow.continueOnFailure ? { ignoreDependencyOnFailure: true } : {}),
      },
      ...(flow.children ? { children: flow.children.map((child) => this.toFlowJob(child)) } : {}),
    };
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
    await this.flows?.close();
    this.flows = null;
    this.queues.clear();
    this.connection?.disconnect();
    this.connection = null;
  }
}
