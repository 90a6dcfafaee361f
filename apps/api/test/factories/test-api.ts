import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testEnv } from '@kushim/db/testing';
import Transport from 'winston-transport';
import { createApiApp, type CreateApiAppOptions } from '@/bootstrap/create-api-app';
import { Clock } from '@/common/time/clock';
import type { Env } from '@/config/env.schema';
import { loadEnv } from '@/config/load-env';

/** Captures every log line the app writes, so tests can assert what never reaches the logs. */
export class CapturedLogs extends Transport {
  readonly lines: string[] = [];

  override log(info: unknown, next: () => void): void {
    this.lines.push(JSON.stringify(info));
    next();
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/** A clock tests move by hand (throttling back-off, expiries) instead of sleeping. */
export class AdjustableClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/** The medium run's environment (fresh database, Redis prefix) with test defaults; `overrides` win. */
export function testApiEnv(overrides: Record<string, string> = {}): Env {
  const env = testEnv();
  return loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: env.databaseUrl,
    DATABASE_APP_URL: env.databaseAppUrl,
    DATABASE_POOL_MAX: '8',
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: `${env.redisPrefix}-api-${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    KUSHIM_STATE_DIR: mkdtempSync(path.join(os.tmpdir(), 'kushim-api-test-')),
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'http',
    CORS_ORIGINS: 'http://localhost:3000',
    ...overrides,
  });
}

export interface TestApi {
  app: NestFastifyApplication;
  env: Env;
  logs: CapturedLogs;
  clock: AdjustableClock;
  close(): Promise<void>;
}

/** createApiApp on the medium run's database and Redis, quiet, with captured logs and an adjustable clock. */
export async function startTestApi(
  options: { env?: Record<string, string> } & Omit<
    CreateApiAppOptions,
    'env' | 'clock' | 'logTransports'
  > = {},
): Promise<TestApi> {
  const env = testApiEnv(options.env);
  const logs = new CapturedLogs();
  const clock = new AdjustableClock();
  const app = await createApiApp({ env, logTransports: [logs], quiet: true, clock });
  return { app, env, logs, clock, close: () => app.close() };
}
