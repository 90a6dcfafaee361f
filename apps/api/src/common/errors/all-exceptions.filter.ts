import { Catch, Inject, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import * as Sentry from '@sentry/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WINSTON_MODULE_NEST_PROVIDER } from 'nest-winston';
import { mapError } from './error-body';

/** The only exception filter: every error leaves as `{statusCode, error, message, issues?}`, never a stack trace. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(WINSTON_MODULE_NEST_PROVIDER) private readonly logger: LoggerService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(exception, request, reply, this.logger);
  }
}

export function sendError(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: LoggerService,
): void {
  const mapped = mapError(exception);
  if (mapped.isServerFault) {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    logger.error({
      message: `Unhandled error on ${request.method} ${request.routeOptions.url ?? request.url}: ${error.message}`,
      requestId: request.id,
      stack: error.stack,
    });
    Sentry.captureException(error, { tags: { requestId: String(request.id) } });
  }
  for (const [name, value] of Object.entries(mapped.headers ?? {})) {
    void reply.header(name, value);
  }
  void reply
    .status(mapped.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(mapped.body);
}
