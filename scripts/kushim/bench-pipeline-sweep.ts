import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { jobDefinition } from '@kushim/contracts';
import type { PrismaClient } from '@kushim/db';
import { type RoutedJob, routeJob } from '../../apps/api/src/infra/queue/job-route';

/** The tables a sweep writes to; their growth during the sweep is the "rows written" figure. */
const WRITTEN_TABLES = [
  'CollectionRun',
  'CollectionRunStep',
  'Evidence',
  'RunEvidence',
  'CheckResult',
  'ControlStatus',
  'ScoreSnapshot',
  'AuditEvent',
] as const;

export interface SweepOutcome {
  wallSeconds: number;
  completed: number;
  failed: number;
  /** Collect steps that did not complete (FAILED or still running when the sweep ended). */
  failedSteps: number;
  /** Completed collect steps that carry an error (a partial collection after retries). */
  stepsWithErrors: number;
  /** The most frequent step errors, to explain failed or partial steps. */
  stepErrors: Array<{ error: string; steps: number }>;
}

function queueConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
}

/** Polls until every queue in `queueNames` has `workers` connected BullMQ workers (the worker processes are up). */
export async function waitForWorkers(
  redisUrl: string,
  prefix: string,
  queueNames: readonly string[],
  workers: number,
  timeoutMs = 60_000,
): Promise<void> {
  const connection = queueConnection(redisUrl);
  const queues = queueNames.map((name) => new Queue(name, { connection, prefix }));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await Promise.all(queues.map((queue) => queue.getWorkersCount()));
      if (counts.every((count) => count >= workers)) {
        return;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `worker queues not served within ${timeoutMs} ms: ${counts.join(', ')} of ${workers}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
    connection.disconnect();
  }
}

/**
 * Enqueues `run.start` for every organization, as each organization's sweep scheduler does: the worker's
 * RunStarter then creates the run, its steps and its flow (the same code and job ids as a scheduled sweep).
 * Queue and job id come from the API's own routing (routeJob), as QueueService.enqueue gives them.
 */
export async function enqueueSweep(
  redisUrl: string,
  prefix: string,
  orgIds: readonly string[],
): Promise<void> {
  const definition = jobDefinition('run.start');
  const byQueue = new Map<string, RoutedJob[]>();
  for (const orgId of orgIds) {
    const routed = routeJob(definition, { orgId });
    const jobs = byQueue.get(routed.queueName) ?? [];
    jobs.push(routed);
    byQueue.set(routed.queueName, jobs);
  }
  const opts = {
    attempts: definition.attempts,
    backoff: { type: definition.backoff.type, delay: definition.backoff.delayMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  const connection = queueConnection(redisUrl);
  try {
    for (const [queueName, jobs] of byQueue) {
      const queue = new Queue(queueName, { connection, prefix });
      for (let i = 0; i < jobs.length; i += 1_000) {
        await queue.addBulk(
          jobs.slice(i, i + 1_000).map(({ data, jobId }) => ({
            name: definition.name,
            data,
            opts: { ...opts, jobId },
          })),
        );
      }
      await queue.close();
    }
  } finally {
    connection.disconnect();
  }
}

/**
 * Polls the runs every 250 ms until each organization's run has finished (COMPLETED or FAILED) or `timeoutMs`
 * passes. The wall time ends at the last run's finishedAt (the score job's clock), not at the poll that saw it.
 */
export async function awaitSweep(
  owner: PrismaClient,
  options: { orgs: number; startedAt: number; timeoutMs: number; onProgress?: (done: number) => void },
): Promise<SweepOutcome> {
  const deadline = options.startedAt + options.timeoutMs;
  let lastReported = -1;
  for (;;) {
    const [row] = await owner.$queryRaw<Array<{ completed: bigint; failed: bigint; last: Date | null }>>`
      select count(*) filter (where status = 'COMPLETED') as completed,
             count(*) filter (where status = 'FAILED') as failed,
             max("finishedAt") as last
      from "CollectionRun"`;
    const completed = Number(row?.completed ?? 0);
    const failed = Number(row?.failed ?? 0);
    const done = completed + failed;
    if (options.onProgress && done !== lastReported) {
      options.onProgress(done);
      lastReported = done;
    }
    if (done >= options.orgs || Date.now() > deadline) {
      const failedSteps = await owner.collectionRunStep.count({ where: { state: { not: 'COMPLETED' } } });
      const stepsWithErrors = await owner.collectionRunStep.count({
        where: { state: 'COMPLETED', error: { not: null } },
      });
      const stepErrors = await owner.$queryRaw<Array<{ error: string; steps: bigint }>>`
        select left(error, 300) as error, count(*) as steps from "CollectionRunStep"
        where error is not null group by 1 order by 2 desc limit 5`;
      const end = done >= options.orgs && row?.last ? row.last.getTime() : Date.now();
      return {
        wallSeconds: (end - options.startedAt) / 1000,
        completed,
        failed,
        failedSteps,
        stepsWithErrors,
        stepErrors: stepErrors.map((e) => ({ error: e.error, steps: Number(e.steps) })),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Transactions the bench database has committed or rolled back (PostgreSQL's statistics, flushed about every second). */
export async function databaseTransactions(owner: PrismaClient): Promise<number> {
  const [row] = await owner.$queryRaw<Array<{ n: bigint }>>`
    select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`;
  return Number(row?.n ?? 0);
}

/** Row count of every table a sweep writes to. */
export async function countWrittenRows(owner: PrismaClient): Promise<number> {
  let total = 0;
  for (const table of WRITTEN_TABLES) {
    const [row] = await owner.$queryRawUnsafe<Array<{ n: bigint }>>(`select count(*) as n from "${table}"`);
    total += Number(row?.n ?? 0);
  }
  return total;
}
