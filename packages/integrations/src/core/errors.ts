/**
 * Typed provider errors. Collectors (via their provider's `classifyError`) turn SDK errors into exactly one of these;
 * the worker maps them to job outcomes in one place: auth/permission → integration ERROR, no retry; rate limit and
 * unavailability → retry with backoff (honouring retryAfterMs).
 */
export abstract class IntegrationError extends Error {
  abstract readonly retryable: boolean;
}

/** The credentials were rejected (revoked token, wrong secret). */
export class IntegrationAuthError extends IntegrationError {
  readonly retryable = false;
  override readonly name = 'IntegrationAuthError';
}

/** The credentials work but lack a permission or scope the collector needs. */
export class IntegrationPermissionError extends IntegrationError {
  readonly retryable = false;
  override readonly name = 'IntegrationPermissionError';
  constructor(
    message: string,
    readonly missingPermissions: string[],
  ) {
    super(message);
  }
}

/** The provider asked us to slow down (HTTP 429, AWS Throttling). */
export class ProviderRateLimitedError extends IntegrationError {
  readonly retryable = true;
  override readonly name = 'ProviderRateLimitedError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** 5xx, timeouts, connection resets: try again later. */
export class ProviderUnavailableError extends IntegrationError {
  readonly retryable = true;
  override readonly name = 'ProviderUnavailableError';
}
