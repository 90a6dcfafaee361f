import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@kushim/db';
import { createTestDatabase } from '@kushim/db/testing';
import { seedCatalog } from '../../prisma/seed/catalog.seed';
import { type RouteFigures, measureRoute } from './bench-http';
import { runPipelineBench } from './bench-pipeline';
import { resolveDatabase } from './database';
import { freePort } from './processes';
import { deleteRedisKeys, requireRedis } from './redis';
import { build, root, startStack, stopStack } from './stack';

const benchDoc = path.join(root, 'docs', 'benchmarks.md');
const BEGIN = '<!-- bench:http:begin -->';
const END = '<!-- bench:http:end -->';

async function signUpBenchOrg(apiUrl: string): Promise<{ token: string; orgId: string }> {
  const email = `bench-${Date.now()}@kushim.dev`;
  const res = await fetch(`${apiUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationName: 'Bench Co',
      name: 'Bench',
      email,
      password: 'bench-password-2026',
    }),
  });
  if (!res.ok) {
    throw new Error(`bench signup failed: ${res.status} ${await res.text()}`);
  }
  const body = (await res.json()) as { accessToken: string; organization: { id: string } };
  return { token: body.accessToken, orgId: body.organization.id };
}

function table(figures: RouteFigures[], baseline: RouteFigures): string {
  const rows = figures.map(
    (f) =>
      `| \`${f.route}\` | ${f.rps.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${((100 * f.rps) / baseline.rps).toFixed(0)} % | ${f.non2xx} |`,
  );
  return [
    '| route | req/s | p50 ms | p95 ms | p99 ms | vs no-op | non-2xx |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The HTTP bench: autocannon, 100 connections, against a freshly migrated and seeded database. */
async function runHttpBench(options: {
  adminUrl: string;
  redisUrl: string;
  seconds: number;
}): Promise<number> {
  const { redisUrl, seconds } = options;
  const database = await createTestDatabase({ adminUrl: options.adminUrl });
  const redisPrefix = `kushim-bench-${process.pid}`;
  try {
    const prisma = createPrismaClient({ url: database.ownerUrl, poolMax: 2 });
    await seedCatalog(prisma);
    await prisma.$disconnect();
    const stack = await startStack({
      databaseUrl: database.ownerUrl,
      redisUrl,
      redisPrefix,
      apiPort: await freePort(),
      quiet: true,
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        CREDENTIALS_KEYS: `bench:${randomBytes(32).toString('base64')}`,
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
    });
    try {
      const { token, orgId } = await signUpBenchOrg(stack.apiUrl);
      const auth = { authorization: `Bearer ${token}` };
      const opts = { connections: 100, seconds, warmupSeconds: 2 };
      const figures: RouteFigures[] = [];
      for (const [route, url, headers] of [
        ['GET /health (no-op)', `${stack.apiUrl}/health`, {}],
        ['GET /api/v1/me', `${stack.apiUrl}/api/v1/me`, auth],
        ['GET /api/v1/orgs/{id}/controls', `${stack.apiUrl}/api/v1/orgs/${orgId}/controls`, auth],
      ] as const) {
        console.log(`» ${route}: ${opts.connections} connections, ${seconds} s`);
        figures.push(await measureRoute(route, url, { ...headers }, opts));
      }
      const baseline = figures[0]!;
      const section = [
        BEGIN,
        `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm bench\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, ` +
          `autocannon 100 connections × ${seconds} s per route after a 2 s warm-up; API built for production, log level warn, rate limit off; PostgreSQL and Redis on the same machine.`,
        '',
        table(figures, baseline),
        END,
      ].join('\n');
      console.log('\n' + table(figures, baseline));
      const doc = readFileSync(benchDoc, 'utf8');
      const start = doc.indexOf(BEGIN);
      const end = doc.indexOf(END);
      writeFileSync(
        benchDoc,
        start >= 0 && end > start
          ? doc.slice(0, start) + section + doc.slice(end + END.length)
          : `${doc}\n${section}\n`,
      );
      console.log(`\nwritten to ${path.relative(root, benchDoc)}`);
      return figures.every((f) => f.non2xx === 0) ? 0 : 1;
    } finally {
      await stopStack(stack);
    }
  } finally {
    await database.drop();
    await deleteRedisKeys(redisUrl, redisPrefix);
  }
}

function flagValue(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} needs a positive integer`);
  }
  return value;
}

/**
 * `pnpm bench [--http-only | --pipeline-only] [--seconds N] [--orgs N]`: the HTTP bench (N seconds per route,
 * default 10) and the pipeline bench (N organizations, default 1,000), each on its own fresh database.
 */
export async function runBench(args: string[]): Promise<number> {
  const httpOnly = args.includes('--http-only');
  const pipelineOnly = args.includes('--pipeline-only');
  if (httpOnly && pipelineOnly) {
    throw new Error('--http-only and --pipeline-only exclude each other');
  }
  const seconds = flagValue(args, '--seconds', 10);
  const orgs = flagValue(args, '--orgs', 1_000);
  const redisUrl = await requireRedis();
  const db = await resolveDatabase();
  try {
    await build({ web: false });
    const http = pipelineOnly ? 0 : await runHttpBench({ adminUrl: db.url, redisUrl, seconds });
    const pipeline = httpOnly ? 0 : await runPipelineBench({ adminUrl: db.url, redisUrl, orgs });
    return http || pipeline;
  } finally {
    await db.stop();
  }
}
