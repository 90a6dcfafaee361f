import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job, type MinimalJob } from 'bullmq';
import type Redis from 'ioredis';
import { z } from 'zod';
import { JOB_DEFINITIONS, jobQueueNames, type JobDefinition } from '@kushim/contracts';
import { JobHandlerDiscovery } from './job-handler.discovery';
import { resolveJobHandlers, type DiscoveredJobHandler } from './job-handler-registry';
import { JobNotRetryableError, RetryLaterError } from './job-errors';
import { QueueService } from './queue.service';
import { jitteredRetryDelayMs } from './retry-delay';
import { formatQueueLimits } from './parse-queue-limits';
import { queueLimit } from './queue-limits';
import { QUEUE_SETTINGS, type QueueSettings } from './queue-settings';
import { createQueueConnection } from './redis-connection';

/** The registry the worker serves; a test may substitute its own list of definitions. */
export const JOB_REGISTRY = Symbol('JOB_REGISTRY');
export const defaultJobRegistry: readonly JobDefinition[] = JOB_DEFINITIONS;

/**
 * Runs the jobs (worker process only): on start, checks that each registered job has exactly one @JobHandler,
 * upserts the job schedulers and starts one BullMQ Worker per queue (a partitioned job: per partition queue) with
 * that queue's concurrency and limiter; closes them (waiting for running jobs) on shutdown.
 */
@Injectable()
export class JobWorkerService implements OnModuleDestroy {
  private readonly logger = new Logger('JobWorker');
  private readonly workers: { worker: Worker; connection: Redis }[] = [];

  constructor(
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    @Inject(JOB_REGISTRY) private readonly registry: readonly JobDefinition[],
    private readonly discovery: JobHandlerDiscovery,
    private readonly queues: QueueService,
  ) {}

  /**
   * Called by worker.ts once the application context is up (every provider initialised, the signing key loaded),
   * so nothing is consumed from a queue by a process that is about to fail its boot.
   */
  async start(): Promise<void> {
    if (this.workers.length > 0) {
      return;
    }
    const handlers = resolveJobHandlers(this.registry, this.discovery.discover());
    for (const definition of this.registry) {
      await this.queues.upsertSchedule(definition);
    }
    const queueNames = [...new Set(this.registry.flatMap(jobQueueNames))];
    for (const queueName of queueNames) {
      this.startWorker(queueName, handlers);
    }
    // In QUEUE_LIMITS syntax, so an operator can copy it and adjust.
    const limits = formatQueueLimits(
      Object.fromEntries(queueNames.map((name) => [name, queueLimit(this.settings.limits, name)])),
    );
    this.logger.log(`Processing ${this.registry.length} job(s) on ${queueNames.length} queue(s): ${limits}`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.close()));
    for (const { connection } of this.workers) {
      connection.disconnect();
    }
    this.workers.length = 0;
  }

  private startWorker(queueName: string, handlers: Map<string, DiscoveredJobHandler>): void {
    const definitions = new Map(this.registry.map((definition) => [definition.name, definition]));
    const connection = createQueueConnection(this.settings.redisUrl);
    const { concurrency, limiter } = queueLimit(this.settings.limits, queueName);
    const worker = new Worker(queueName, (job: Job) => this.process(job, definitions, handlers), {
      connection,
      prefix: this.settings.prefix,
      concurrency,
      // BullMQ counts the limiter in Redis: it holds across every worker process of the queue.
      ...(limiter ? { limiter: { max: limiter.max, duration: limiter.durationMs } } : {}),
      ...(this.settings.lockDurationMs ? { lockDuration: this.settings.lockDurationMs } : {}),
      ...(this.settings.stalledIntervalMs ? { stalledInterval: this.settings.stalledIntervalMs } : {}),
      settings: {
        // Built-in types (exponential, fixed) never reach this; `jittered-exponential` does.
        backoffStrategy: (attemptsMade: number, _type?: string, error?: Error, job?: MinimalJob) => {
          const base =
            job?.opts.backoff && typeof job.opts.backoff === 'object'
              ? (job.opts.backoff.delay ?? 1000)
              : 1000;
          const retryAfterMs = error instanceof RetryLaterError ? error.retryAfterMs : undefined;
          return jitteredRetryDelayMs(attemptsMade, base, retryAfterMs);
        },
      },
    });
    worker.on('failed', (job, error) => {
      this.logger.warn(`Job ${job?.name ?? '?'} (${job?.id ?? '?'}) failed: ${error.message}`);
    });
    worker.on('error', (error) => this.logger.error(`Queue ${queueName}: ${error.message}`));
    this.workers.push({ worker, connection });
  }

  private async process(
    job: Job,
    definitions: Map<string, JobDefinition>,
    handlers: Map<string, DiscoveredJobHandler>,
  ): Promise<unknown> {
    const definition = definitions.get(job.name);
    const handler = handlers.get(job.name);
    if (!definition || !handler) {
      throw new UnrecoverableError(`No handler for job "${job.name}"`);
    }
    const parsed = definition.payload.safeParse(job.data);
    // A payload that fails its schema will fail on every retry: do not retry it.
    if (!parsed.success) {
      throw new UnrecoverableError(`Invalid payload for job "${job.name}": ${z.prettifyError(parsed.error)}`);
    }
    try {
      return await handler.invoke(parsed.data, {
        jobId: job.id ?? '',
        jobName: job.name,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
      });
    } catch (error) {
      if (error instanceof JobNotRetryableError) {
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
  }
}
