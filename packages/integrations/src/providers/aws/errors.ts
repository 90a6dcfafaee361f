import {
  IntegrationAuthError,
  type IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { awsActionOf } from './collectors/aws-call';

interface AwsLikeError {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { headers?: unknown };
}

/** Error codes AWS services answer for bad, expired or unknown credentials. */
const authCodes = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
  'AuthFailure',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidToken',
  'MissingAuthenticationToken',
]);

const permissionCodes = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
]);

const throttlingCodes = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);

const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TimeoutError',
]);

/**
 * Types AWS SDK v3 errors by their error code (the SDK puts it in `name`), then by HTTP status: credentials rejected
 * → auth; AccessDenied → permission, naming the IAM action (from AWS's "not authorized to perform: X" message, or the
 * action the collector recorded for the call); throttling → rate limit with Retry-After when sent; 5xx and network
 * failures → unavailable.
 */
export function classifyAwsError(error: unknown): IntegrationError {
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as AwsLikeError;
  const code = [candidate.name, candidate.Code, candidate.code].find(
    (value): value is string => typeof value === 'string',
  );
  const status =
    typeof candidate.$metadata?.httpStatusCode === 'number' ? candidate.$metadata.httpStatusCode : undefined;
  const message = typeof candidate.message === 'string' ? candidate.message : '';

  if (code && authCodes.has(code)) {
    return new IntegrationAuthError(
      `AWS rejected the credentials (${code}). Check the access key id and secret, or create a new key and update the integration.`,
    );
  }
  if ((code && permissionCodes.has(code)) || status === 403) {
    const action =
      /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1] ?? awsActionOf(error);
    return new IntegrationPermissionError(
      action
        ? `AWS denied ${action}: add it to the policy of the principal Kushim uses (see the AWS integration guide).`
        : `AWS denied a call (${code ?? 'HTTP 403'}): compare the principal's policy with the AWS integration guide.`,
      action ? [action] : [],
    );
  }
  if ((code && throttlingCodes.has(code)) || status === 429) {
    return new ProviderRateLimitedError(
      `AWS throttled the request (${code ?? 'HTTP 429'}).`,
      retryAfterMs(candidate.$response?.headers),
    );
  }
  if (candidate.$fault === 'server' || (status !== undefined && status >= 500)) {
    return new ProviderUnavailableError(`AWS answered HTTP ${status ?? 500}${code ? ` (${code})` : ''}.`);
  }
  if (code && networkCodes.has(code)) {
    return new ProviderUnavailableError(`AWS could not be reached (${code}).`);
  }
  return new ProviderUnavailableError(
    status !== undefined
      ? `AWS answered HTTP ${status}${code ? ` (${code})` : ''}.`
      : `AWS call failed: ${message || 'unknown error'}`,
  );
}

function retryAfterMs(headers: unknown): number | undefined {
  if (!headers || typeof headers !== 'object') {
    return undefined;
  }
  const value = (headers as Record<string, unknown>)['retry-after'];
  const seconds = typeof value === 'string' ? Number(value) : NaN;
  if (Number.isFinite(seconds) && seconds > 0) {
    return seconds * 1000;
  }
  const date = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
