/**
 * Job outcomes a handler can ask for without importing BullMQ (infra/queue is its only importer): the worker maps
 * them to BullMQ behaviour.
 */

/** Retrying cannot help (rejected credentials, a missing permission): fail now, no further attempts. */
export class JobNotRetryableError extends Error {
  override readonly name = 'JobNotRetryableError';
}

/** Transient: retry with backoff, but not sooner than `retryAfterMs` (a provider's Retry-After). */
export class RetryLaterError extends Error {
  override readonly name = 'RetryLaterError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
