/**
 * Shared by the audit, ledger and worker medium tests: a Nest application context (no HTTP) with the real config,
 * database, audit, ledger-key and queue modules on the run's database and Redis prefix, and keys in a temp dir.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Module, type INestApplicationContext, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { asOrgId, createPrismaClient, type OrgId, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { ClockModule } from '@/common/time/clock.module';
import { ConfigModule } from '@/config/config.module';
import { loadEnv } from '@/config/load-env';
import { DatabaseModule } from '@/infra/database/database.module';
import { JobWorkerModule } from '@/infra/queue/job-worker.module';
import { JobWorkerService } from '@/infra/queue/job-worker.service';
import { QueueModule } from '@/infra/queue/queue.module';
import { AuditModule } from '@/modules/audit/audit.module';

export interface LedgerTestContext {
  app: INestApplicationContext;
  owner: PrismaClient;
  keysDir: string;
  redisPrefix: string;
  newOrg(name?: string): Promise<OrgId>;
  close(): Promise<void>;
}

export async function createLedgerTestContext(
  extra: { imports?: ModuleMetadata['imports']; keysDir?: string } = {},
): Promise<LedgerTestContext> {
  const run = testEnv();
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'kushim-state-'));
  const keysDir = extra.keysDir ?? path.join(stateDir, 'ledger-keys');
  const redisPrefix = `${run.redisPrefix}-ledger`;
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: run.databaseUrl,
    DATABASE_APP_URL: run.databaseAppUrl,
    DATABASE_POOL_MAX: '12',
    REDIS_URL: run.redisUrl,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: 'medium-test-secret-that-is-long-enough',
    KUSHIM_STATE_DIR: stateDir,
    LEDGER_KEYS_DIR: keysDir,
  });
  const owner = createPrismaClient({ url: run.databaseUrl, poolMax: 3 });

  @Module({
    imports: [
      ConfigModule.forRoot(env),
      ClockModule.forRoot(),
      DatabaseModule,
      QueueModule,
      AuditModule,
      ...(extra.imports ?? []),
    ],
  })
  class LedgerTestModule {}

  const app = await NestFactory.createApplicationContext(LedgerTestModule, {
    logger: false,
    abortOnError: false,
  }).catch(async (error: unknown) => {
    await owner.$disconnect();
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  });
  const close = async (): Promise<void> => {
    await app.close();
    await owner.$disconnect();
    await rm(stateDir, { recursive: true, force: true });
  };
  if (extra.imports?.includes(JobWorkerModule)) {
    // As worker.ts does: start processing once the context is up.
    await app
      .get(JobWorkerService)
      .start()
      .catch(async (error: unknown) => {
        await close();
        throw error;
      });
  }
  return {
    app,
    owner,
    keysDir,
    redisPrefix,
    newOrg: async (name = 'Acme') => asOrgId((await owner.organization.create({ data: { name } })).id),
    close,
  };
}
