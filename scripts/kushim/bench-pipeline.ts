import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { JOB_DEFINITIONS, jobQueueNames } from '@kushim/contracts';
import { createPrismaClient } from '@kushim/db';
import { createTestDatabase } from '@kushim/db/testing';
import { seedCatalog } from '../../prisma/seed/catalog.seed';
import { measureNoopJobs } from './bench-pipeline-noop';
import { cpuSeconds, peakRssMb, postgresCpuSeconds } from './bench-pipeline-process';
import { type PipelineFigures, pipelineTable, writePipelineSection } from './bench-pipeline-report';
import { seedBenchOrganizations } from './bench-pipeline-seed';
import { type SandboxProcess, startSandboxProcess, startWorkers } from './bench-pipeline-stack';
import {
  awaitSweep,
  countWrittenRows,
  databaseTransactions,
  enqueueSweep,
  waitForWorkers,
} from './bench-pipeline-sweep';
import { DEFAULT_QUEUE_LIMITS } from '../../apps/api/src/infra/queue/queue-limits';
import { deleteRedisKeys } from './redis';
import { root } from './stack';

interface Configuration {
  label: string;
  latencyMs: number;
  workers: number;
}

const CONFIGURATIONS: readonly Configuration[] = [
  { label: '50 ms latency, 1 worker', latencyMs: 50, workers: 1 },
  { label: '0 ms latency, 1 worker', latencyMs: 0, workers: 1 },
  { label: '50 ms latency, 2 workers', latencyMs: 50, workers: 2 },
];

/** The no-op reference drains with the concurrency of the busiest collect queue. */
const NOOP_CONCURRENCY = Math.max(
  ...Object.entries(DEFAULT_QUEUE_LIMITS)
    .filter(([queue]) => queue.startsWith('collect.'))
    .map(([, limit]) => limit.concurrency),
);

/** Jobs of one organization's sweep: run.start, one run.collect per integration, run.evaluate, run.score. */
const INTEGRATIONS_PER_ORG = 5;
const JOBS_PER_RUN = 1 + INTEGRATIONS_PER_ORG + 2;

interface BenchContext {
  adminUrl: string;
  redisUrl: string;
  redisPrefix: string;
  sandbox: SandboxProcess;
  orgs: number;
  timeoutMs: number;
  secrets: NodeJS.ProcessEnv;
}

/** The secrets a production worker requires, made up for this run only. */
function benchSecrets(): NodeJS.ProcessEnv {
  const ledgerKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    JWT_SECRET: randomBytes(32).toString('hex'),
    CREDENTIALS_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    LEDGER_SIGNING_KEY: ledgerKey.toString('base64'),
  };
}

/** One configuration on its own fresh database and Redis prefix: seed, start workers, sweep, measure, clean up. */
async function measureConfiguration(ctx: BenchContext, config: Configuration): Promise<PipelineFigures> {
  const database = await createTestDatabase({ adminUrl: ctx.adminUrl });
  const prefix = `${ctx.redisPrefix}.${config.workers}w${config.latencyMs}ms`;
  const owner = createPrismaClient({ url: database.ownerUrl, poolMax: 4 });
  try {
    await seedCatalog(owner);
    const orgIds = await seedBenchOrganizations(owner, {
      count: ctx.orgs,
      sandboxUrl: ctx.sandbox.url,
      credentialKeys: ctx.secrets.CREDENTIALS_KEYS ?? '',
    });
    await ctx.sandbox.setLatency(config.latencyMs);
    const workers = startWorkers(config.workers, {
      ...ctx.secrets,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.ownerUrl,
      REDIS_URL: ctx.redisUrl,
      REDIS_PREFIX: prefix,
    });
    try {
      const queueNames = [...new Set(JOB_DEFINITIONS.flatMap(jobQueueNames))];
      await waitForWorkers(ctx.redisUrl, prefix, queueNames, config.workers).catch((error: Error) => {
        throw new Error(
          `${error.message}\n${workers.flatMap((w) => w.tail.map((line) => `[${w.name}] ${line}`)).join('\n')}`,
        );
      });
      const pids = workers.map((w) => w.child.pid ?? 0);
      const cpuBefore = pids.map(cpuSeconds);
      const sandboxCpuBefore = cpuSeconds(ctx.sandbox.process.child.pid ?? 0);
      const postgresBefore = postgresCpuSeconds();
      const callsBefore = await ctx.sandbox.requests();
      const rowsBefore = await countWrittenRows(owner);
      const transactionsBefore = await databaseTransactions(owner);
      console.log(`» ${config.label}: sweeping ${ctx.orgs} organizations`);
      const startedAt = Date.now();
      await enqueueSweep(ctx.redisUrl, prefix, orgIds);
      let lastLog = Date.now();
      const outcome = await awaitSweep(owner, {
        orgs: ctx.orgs,
        startedAt,
        timeoutMs: ctx.timeoutMs,
        onProgress: (done) => {
          if (Date.now() - lastLog >= 10_000) {
            lastLog = Date.now();
            console.log(
              `  ${done}/${ctx.orgs} runs done after ${((lastLog - startedAt) / 1000).toFixed(0)} s`,
            );
          }
        },
      });
      for (const { error, steps } of outcome.stepErrors) {
        console.log(`  ${steps} step(s): ${error}`);
      }
      const workerCpuSeconds = pids.map((pid, i) => cpuSeconds(pid) - (cpuBefore[i] ?? 0));
      const workerPeakRssMb = pids.map(peakRssMb);
      const sandboxCpuSeconds = cpuSeconds(ctx.sandbox.process.child.pid ?? 0) - sandboxCpuBefore;
      const postgresCpu = postgresCpuSeconds() - postgresBefore;
      const providerCalls = (await ctx.sandbox.requests()) - callsBefore;
      const exited = workers.filter((w) => w.child.exitCode !== null);
      if (exited.length > 0) {
        throw new Error(`${exited[0]?.name} exited during the sweep:\n${exited[0]?.tail.join('\n')}`);
      }
      const steps = await owner.collectionRunStep.count({ where: { finishedAt: { not: null } } });
      // PostgreSQL flushes its transaction counters about once a second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const transactions = (await databaseTransactions(owner)) - transactionsBefore;
      return {
        ...config,
        orgs: ctx.orgs,
        finishedRuns: outcome.completed + outcome.failed,
        failedRuns: outcome.failed,
        failedSteps: outcome.failedSteps,
        stepsWithErrors: outcome.stepsWithErrors,
        databaseTransactions: transactions,
        wallSeconds: outcome.wallSeconds,
        // run.start per organization, a collect per finished step, evaluate + score per finished run.
        jobs: ctx.orgs + steps + 2 * (outcome.completed + outcome.failed),
        providerCalls,
        rowsWritten: (await countWrittenRows(owner)) - rowsBefore,
        workerCpuSeconds,
        workerPeakRssMb,
        sandboxCpuSeconds,
        postgresCpuSeconds: postgresCpu,
      };
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
  } finally {
    await owner.$disconnect();
    await database.drop();
    await deleteRedisKeys(ctx.redisUrl, prefix);
  }
}

const METHOD =
  'Each configuration seeds N organizations × 5 sandbox integrations (acme scenario) into a fresh database, starts ' +
  'the worker process(es) from the production build (`apps/api/dist/worker.js`, log level warn), enqueues one ' +
  "`run.start` per organization (what each organization's sweep scheduler does) and polls the runs every 250 ms; " +
  "wall time runs from the first enqueue to the last run's `finishedAt`. Jobs = run.start + 5 collects + evaluate " +
  '+ score per run. Provider calls are counted by the sandbox (its own process, `/_sandbox/stats`), which adds the ' +
  'stated latency before every answer. Rows written = new rows in CollectionRun, CollectionRunStep, Evidence, ' +
  'RunEvidence, CheckResult, ControlStatus, ScoreSnapshot and AuditEvent. Worker CPU is user + system time from ' +
  '/proc/<pid>/stat during the sweep, divided by the runs; peak RSS is VmHWM. PostgreSQL CPU sums every postgres ' +
  'process on the machine. The no-op row drains the same number of jobs that do nothing, on the same Redis, in ' +
  'one BullMQ Worker. Targets (2 cores): 1,000 organizations in ≤ 60 s at 50 ms latency with one worker; worker ' +
  'RSS ≤ 400 MB.';

/** `pnpm bench --pipeline-only [--orgs N]`: three sweeps of N organizations and a no-op BullMQ reference. */
export async function runPipelineBench(options: {
  adminUrl: string;
  redisUrl: string;
  orgs: number;
}): Promise<number> {
  const redisPrefix = `kushim-bench-pipeline-${process.pid}-${randomBytes(3).toString('hex')}`;
  const sandbox = await startSandboxProcess();
  try {
    const ctx: BenchContext = {
      ...options,
      redisPrefix,
      sandbox,
      // A sweep that is far off target still ends: figures are then reported for the runs done by then.
      timeoutMs: Math.max(120_000, options.orgs * 1_000),
      secrets: benchSecrets(),
    };
    const figures: PipelineFigures[] = [];
    for (const config of CONFIGURATIONS) {
      figures.push(await measureConfiguration(ctx, config));
    }
    console.log(`» no-op reference: ${options.orgs * JOBS_PER_RUN} jobs`);
    const noop = await measureNoopJobs(options.redisUrl, `${redisPrefix}.noop`, {
      jobs: options.orgs * JOBS_PER_RUN,
      concurrency: NOOP_CONCURRENCY,
    });
    const table = pipelineTable(figures, noop);
    console.log('\n' + table);
    writePipelineSection(table, METHOD);
    console.log(`\nwritten to ${path.relative(root, path.join(root, 'docs', 'benchmarks.md'))}`);
    const complete = figures.every(
      (f) => f.finishedRuns === f.orgs && f.failedRuns === 0 && f.failedSteps === 0,
    );
    return complete ? 0 : 1;
  } finally {
    await sandbox.process.stop();
    await deleteRedisKeys(options.redisUrl, redisPrefix);
  }
}
