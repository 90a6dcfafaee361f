import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '@kushim/db';
import { createTestDatabase } from '@kushim/db/testing';
import { createSandbox } from '@kushim/sandbox';
import { seedCatalog } from '../../prisma/seed/catalog.seed';
import { resolveDatabase } from './database';
import { freePort, runToEnd } from './processes';
import { deleteRedisKeys, requireRedis } from './redis';
import { build, root, startStack, stopStack } from './stack';

interface TierResult {
  tier: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
}

const resultsDir = path.join(root, '.kushim', 'test-results');

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

async function runVitest(tier: 'small' | 'medium', env: NodeJS.ProcessEnv): Promise<TierResult> {
  const out = path.join(resultsDir, `${tier}.json`);
  rmSync(out, { force: true });
  const exitCode = await runToEnd(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--project', tier, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { cwd: root, env },
  );
  if (!existsSync(out)) {
    return { tier, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  }
  const json = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  return {
    tier,
    passed: json.numPassedTests,
    failed: json.numFailedTests + (exitCode !== 0 && json.numFailedTests === 0 ? 1 : 0),
    skipped: json.numPendingTests + json.numTodoTests,
    exitCode,
  };
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
}

async function runE2e(databaseAdminUrl: string, redisUrl: string): Promise<TierResult> {
  console.log('» e2e: building api and web…');
  await build({ web: true });
  const database = await createTestDatabase({ adminUrl: databaseAdminUrl });
  const prisma = createPrismaClient({ url: database.ownerUrl, poolMax: 2 });
  await seedCatalog(prisma);
  await prisma.$disconnect();
  const redisPrefix = `kushim-e2e-${process.pid}`;
  // The providers' stand-in: journeys connect integrations to it through the dashboard's forms.
  const sandbox = await createSandbox({ port: await freePort() });
  const stack = await startStack({
    databaseUrl: database.ownerUrl,
    redisUrl,
    redisPrefix,
    apiPort: await freePort(),
    webPort: await freePort(),
    worker: true,
    quiet: true,
    env: { NODE_ENV: 'test' },
  });
  const out = path.join(root, 'apps', 'web', 'test-results', 'results.json');
  rmSync(out, { force: true });
  try {
    const exitCode = await runToEnd(
      path.join(root, 'apps', 'web', 'node_modules', '.bin', 'playwright'),
      ['test'],
      {
        cwd: path.join(root, 'apps', 'web'),
        env: {
          ...process.env,
          E2E_BASE_URL: stack.webUrl,
          E2E_API_URL: stack.apiUrl,
          E2E_SANDBOX_URL: sandbox.url,
        },
      },
    );
    if (!existsSync(out)) {
      return { tier: 'e2e', passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
    }
    const { stats } = JSON.parse(readFileSync(out, 'utf8')) as PlaywrightJson;
    return {
      tier: 'e2e',
      passed: stats.expected + stats.flaky,
      failed: stats.unexpected,
      skipped: stats.skipped,
      exitCode,
    };
  } finally {
    await stopStack(stack);
    await sandbox.close();
    await database.drop();
    await deleteRedisKeys(redisUrl, redisPrefix);
  }
}

/** `pnpm test [small|medium|e2e …]`: every tier by default, one summary line per tier and a total. */
export async function runTests(args: string[]): Promise<number> {
  const tiers = args.length ? args : ['small', 'medium', 'e2e'];
  mkdirSync(resultsDir, { recursive: true });
  const redisUrl = await requireRedis();
  const db = tiers.some((t) => t !== 'small') ? await resolveDatabase() : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: redisUrl,
    ...(db ? { DATABASE_URL: db.url } : {}),
  };
  const results: TierResult[] = [];
  try {
    for (const tier of tiers) {
      if (tier === 'small' || tier === 'medium') {
        results.push(await runVitest(tier, env));
      } else if (tier === 'e2e' && db) {
        results.push(await runE2e(db.url, redisUrl));
      } else {
        throw new Error(`unknown test tier "${tier}" (small, medium, e2e)`);
      }
    }
  } finally {
    await db?.stop();
  }
  console.log('');
  for (const r of results) {
    console.log(`${r.tier}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed === 0 && results.every((r) => r.exitCode === 0) ? 0 : 1;
}
