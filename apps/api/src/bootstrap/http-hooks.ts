import type { FastifyInstance } from 'fastify';
import type winston from 'winston';
import type { MetricsService } from '../modules/health/metrics.service';

/**
 * Per-request plumbing on the Fastify instance: echo the correlation id, time the request for /metrics and write
 * one access-log line (method, route, status, duration — never headers or bodies).
 */
export function registerHttpHooks(
  fastify: FastifyInstance,
  logger: winston.Logger,
  metrics: MetricsService,
): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    metrics.observe(request.method, route, reply.statusCode, seconds);
    if (route !== '/health' && route !== '/metrics') {
      logger.http('request', {
        requestId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      });
    }
    done();
  });
}
