import 'reflect-metadata';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import * as Sentry from '@sentry/node';
import { ZodValidationPipe } from 'nestjs-zod';
import type Transport from 'winston-transport';
import { ApiModule } from '../api.module';
import { createNestLogger, createWinstonLogger } from '../common/logging/create-logger';
import type { Clock } from '../common/time/clock';
import type { Env } from '../config/env.schema';
import { loadEnv } from '../config/load-env';
import { MetricsService } from '../modules/health/metrics.service';
import { registerHttpHooks } from './http-hooks';
import { setUpOpenApi } from './openapi';
import { requestIdFor } from './request-id';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateApiAppOptions {
  /** A parsed environment; default: loadEnv(process.env) (throws InvalidEnvError naming bad variables). */
  env?: Env;
  /** Extra winston transports, e.g. to capture log output in tests. */
  logTransports?: Transport[];
  /** Do not write logs to stdout (tests). */
  quiet?: boolean;
  /** Replaces the system clock (tests of throttling and expiry). */
  clock?: Clock;
}

/**
 * Builds the HTTP application (initialised, not listening): used by main.ts, the medium tests and the benchmark.
 * Call `app.listen({ port, host })` to serve, or `app.inject()` to test without a socket; `app.close()` ends it.
 */
export async function createApiApp(options: CreateApiAppOptions = {}): Promise<NestFastifyApplication> {
  const env = options.env ?? loadEnv();
  if (env.SENTRY_DSN && !Sentry.isInitialized()) {
    Sentry.init({ dsn: env.SENTRY_DSN, environment: env.NODE_ENV });
  }
  const logger = createWinstonLogger({
    level: env.LOG_LEVEL,
    transports: options.logTransports,
    silent: options.quiet,
  });
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    // request.ip (login throttling, audit ip, rate limits) is the browser's address only when X-Forwarded-For
    // came from a trusted proxy (by default the web app on the same host); otherwise the socket's address.
    trustProxy: env.TRUST_PROXY,
    // Fastify's own logger stays off: Winston writes the access log (http-hooks.ts).
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot({ env, logger, clock: options.clock }),
    adapter,
    { logger: createNestLogger(logger), bufferLogs: false, abortOnError: false },
  );

  const fastify = app.getHttpAdapter().getInstance();
  // Errors raised before Nest's router runs (JSON parsing, body size) reach AllExceptionsFilter through Nest's own
  // Fastify error handler, which turns them into HttpExceptions with Fastify's 4xx status.
  registerHttpHooks(fastify, logger, app.get(MetricsService));

  await app.register(helmet, {
    // The Swagger UI at /api/docs needs inline scripts and styles; the JSON API needs no CSP of its own.
    contentSecurityPolicy: false,
  });
  await app.register(cookie);
  // multipart/form-data for manual evidence uploads; limits are set per route where the parts are read.
  await app.register(multipart);
  app.enableCors({
    origin: env.CORS_ORIGINS,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(new ZodValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await app.init();
  await fastify.ready();
  return app;
}
