/**
 * Global setup of vitest's "medium" project: one fresh PostgreSQL database and one Redis key prefix per run.
 *   1. creates kushim_test_<time>_<rand> on the server of DATABASE_URL (default 127.0.0.1:5432) and migrates it;
 *   2. seeds the catalog with prisma/seed/catalog.seed.ts (seedCatalog) when that file exists;
 *   3. exports to every test worker DATABASE_URL (owner role, bypasses RLS), DATABASE_APP_URL (kushim_app, RLS
 *      applies), REDIS_URL and REDIS_PREFIX (kushim-test-<rand>) — read them with testEnv() from @kushim/db/testing;
 *   4. on teardown drops the database and deletes every Redis key under the prefix.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { createTestDatabase, type TestDatabase } from '@kushim/db/testing';
import Redis from 'ioredis';
import { deleteRedisKeys } from '../scripts/kushim/redis';

const catalogSeedPath = path.resolve(__dirname, '..', 'prisma', 'seed', 'catalog.seed.ts');

type CatalogSeedModule = { seedCatalog?: (prisma: PrismaClient) => Promise<void> };

async function seedCatalogIfPresent(ownerUrl: string): Promise<void> {
  // The catalog seed is optional while it is being written; once present, a failure in it fails the run.
  if (!existsSync(catalogSeedPath)) {
    return;
  }
  const seedModule = (await import(catalogSeedPath)) as CatalogSeedModule;
  if (typeof seedModule.seedCatalog !== 'function') {
    throw new Error(`${catalogSeedPath} must export seedCatalog(prisma: PrismaClient): Promise<void>`);
  }
  const prisma = createPrismaClient({ url: ownerUrl, poolMax: 2 });
  try {
    await seedModule.seedCatalog(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function assertRedisReachable(redisUrl: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${redisUrl} (${error instanceof Error ? error.message : String(error)}). ` +
        'Start one (e.g. `redis-server --daemonize yes`) or set REDIS_URL.',
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redisPrefix = `kushim-test-${randomBytes(6).toString('hex')}`;
  await assertRedisReachable(redisUrl);

  const database: TestDatabase = await createTestDatabase({
    adminUrl: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
  });
  try {
    await seedCatalogIfPresent(database.ownerUrl);
  } catch (error) {
    await database.drop();
    throw error;
  }

  // Test workers are started after global setup and inherit this process's environment.
  process.env.DATABASE_URL = database.ownerUrl;
  process.env.DATABASE_APP_URL = database.appUrl;
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_PREFIX = redisPrefix;

  return async () => {
    await database.drop();
    await deleteRedisKeys(redisUrl, redisPrefix).catch((error: unknown) => {
      console.warn(
        `Could not delete Redis keys under ${redisPrefix}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  };
}
