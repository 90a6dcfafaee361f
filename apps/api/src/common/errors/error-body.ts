import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorBody } from '@kushim/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { RetryLaterException } from './retry-later.exception';

export interface MappedError {
  status: number;
  body: ErrorBody;
  /** A server fault: log it with its stack (and send it to Sentry). */
  isServerFault: boolean;
  headers?: Record<string, string>;
}

const reason = (status: number): string => STATUS_CODES[status] ?? 'Error';

function issuesOf(error: ZodError): Array<{ path: Array<string | number>; message: string }> {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    // One issue per unknown field, located at that field, so clients can point at it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: 'is not an allowed field' }));
    }
    return [{ path, message: issue.message }];
  });
}

function fromZod(error: ZodError): MappedError {
  const issues = issuesOf(error);
  const first = issues[0];
  const message = first
    ? `${first.path.length > 0 ? first.path.join('.') : 'input'}: ${first.message}`
    : 'Invalid input';
  return {
    status: 400,
    body: { statusCode: 400, error: reason(400), message, issues },
    isServerFault: false,
  };
}

/** Fastify's own errors (body parsing, size limit, content type) carry a 4xx statusCode and an FST_ code. */
function fromFastify(error: { code: string; statusCode?: number; message: string }): MappedError | null {
  if (!error.code.startsWith('FST_') || !error.statusCode || error.statusCode >= 500) {
    return null;
  }
  const status = error.statusCode;
  const message =
    error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? 'Request body is larger than the 1 MiB limit'
      : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code.startsWith('FST_ERR_CTP_EMPTY_JSON')
        ? 'Request body is not valid JSON'
        : error.message;
  return { status, body: { statusCode: status, error: reason(status), message }, isServerFault: false };
}

function messageOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') {
    return response;
  }
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') {
    return message;
  }
  if (Array.isArray(message)) {
    return message.map(String).join('; ');
  }
  return fallback;
}

const isFastifyError = (error: unknown): error is { code: string; statusCode?: number; message: string } =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

/** The one mapping from anything thrown to the API's error body. */
export function mapError(exception: unknown): MappedError {
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    if (zodError instanceof ZodError) {
      return fromZod(zodError);
    }
  }
  if (exception instanceof ZodError) {
    return fromZod(exception);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body: ErrorBody = {
      statusCode: status,
      error: reason(status),
      // 503 messages are ours (readiness) and say what is down; other 5xx details stay in the logs.
      message:
        status >= 500 && status !== Number(HttpStatus.SERVICE_UNAVAILABLE)
          ? 'Internal server error'
          : messageOf(exception.getResponse(), exception.message),
    };
    const headers =
      exception instanceof RetryLaterException
        ? { 'retry-after': String(exception.retryAfterSeconds) }
        : undefined;
    return {
      status,
      body,
      headers,
      isServerFault: status >= 500 && status !== Number(HttpStatus.SERVICE_UNAVAILABLE),
    };
  }
  if (isFastifyError(exception)) {
    const mapped = fromFastify(exception);
    if (mapped) {
      return mapped;
    }
  }
  return {
    status: 500,
    body: { statusCode: 500, error: reason(500), message: 'Internal server error' },
    isServerFault: true,
  };
}
