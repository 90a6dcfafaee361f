import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

/**
 * A worker process killed with SIGKILL in the middle of a run: its jobs' locks expire, a new worker picks them up,
 * and the run completes with every evidence snapshot and every result exactly once. Runs the real build of the
 * worker (tsup, as in production) as a child process; short queue locks keep the test fast.
 */
const apiDir = path.resolve(__dirname, '..', '..');
// Inside dist/ (ignored by git and eslint), next to node_modules so the externals resolve.
const outDir = `dist/crash-test-${randomBytes(4).toString('hex')}`;
let ctx: PipelineContext;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const env = ctx.api.env;
  const child = spawn(process.execPath, [path.join(apiDir, outDir, 'worker.js')], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: env.DATABASE_URL,
      DATABASE_APP_URL: env.DATABASE_APP_URL,
      REDIS_URL: env.REDIS_URL,
      REDIS_PREFIX: env.REDIS_PREFIX,
      JWT_SECRET: env.JWT_SECRET,
      CREDENTIALS_KEYS: env.CREDENTIALS_KEYS,
      KUSHIM_STATE_DIR: env.KUSHIM_STATE_DIR,
      LEDGER_KEYS_DIR: env.LEDGER_KEYS_DIR,
      QUEUE_LOCK_DURATION_MS: '2000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
    },
  });
  workers.push(child);
  return child;
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [path.join(apiDir, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--out-dir', outDir, '--silent'],
    {
      cwd: apiDir,
      stdio: 'ignore',
    },
  );
  // Every provider call takes 100 ms, so a run lasts long enough to be interrupted.
  ctx = await createPipelineContext({ inProcessWorker: false, sandboxLatencyMs: 100 });
}, 120_000);

afterAll(async () => {
  for (const worker of workers) {
    if (worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGKILL');
    }
  }
  await ctx?.close();
  rmSync(path.join(apiDir, outDir), { recursive: true, force: true });
});

describe('a worker killed mid-run', () => {
  it('leaves a run that a new worker completes with no duplicated evidence or results', async () => {
    const { org } = await ctx.connectedOrg();
    const first = startWorker();
    const runId = await ctx.startRun(org);
    await until(
      async () => (await ctx.owner.runEvidence.count({ where: { runId } })) > 0,
      'the first evidence of the run',
    );
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const interrupted = await ctx.owner.collectionRun.findUniqueOrThrow({ where: { id: runId } });
    expect(interrupted.status).not.toBe('COMPLETED');

    startWorker();
    const run = await ctx.completedRun(org, runId, 60_000);
    expect(run.status).toBe('COMPLETED');
    expect(run.steps.every((s) => s.state === 'COMPLETED')).toBe(true);
    expect(await ctx.owner.checkResult.count({ where: { runId } })).toBe(58);
    expect(await ctx.owner.checkResult.count({ where: { runId, status: 'FAIL' } })).toBe(25);
    const evidence = await ctx.owner.evidence.findMany({ where: { organizationId: org.orgId } });
    // 35 distinct snapshots in the acme scenario, each stored once and linked to the run once.
    expect(evidence).toHaveLength(35);
    expect(new Set(evidence.map((e) => `${e.integrationId}:${e.kind}`)).size).toBe(35);
    expect(await ctx.owner.runEvidence.count({ where: { runId } })).toBe(35);
  }, 120_000);
});
