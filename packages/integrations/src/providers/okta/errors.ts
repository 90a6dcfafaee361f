import { OktaApiError } from '@okta/okta-sdk-nodejs';
import {
  IntegrationAuthError,
  type IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { oktaScopeForPath } from './permissions';

interface HttpLikeError {
  status?: unknown;
  url?: unknown;
  headers?: unknown;
  errorCode?: unknown;
  errorSummary?: unknown;
  code?: unknown;
}

/**
 * Types Okta SDK errors. Okta answers JSON errors (`OktaApiError`): 401 E0000011 invalid token → auth; 403 E0000006
 * → the scope the path needs is missing; 429 E0000047 → rate limit, retry after `X-Rate-Limit-Reset` (epoch seconds)
 * measured against the response `Date`; 5xx and network failures → unavailable.
 */
export function classifyOktaError(error: unknown): IntegrationError {
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const status = typeof candidate.status === 'number' ? candidate.status : undefined;
  const summary =
    typeof candidate.errorSummary === 'string' && candidate.errorSummary ? candidate.errorSummary : undefined;
  if (status === 401) {
    return new IntegrationAuthError(
      `Okta rejected the API token (${summary ?? 'HTTP 401'}). Create a new token and update the integration.`,
    );
  }
  if (status === 403) {
    const scope = oktaScopeForPath(
      typeof candidate.url === 'string' ? new URL(candidate.url, 'http://okta').pathname : '',
    );
    return new IntegrationPermissionError(
      `Okta refused access (${summary ?? 'HTTP 403'}): the token's administrator needs read access granted by ${scope}.`,
      [scope],
    );
  }
  if (status === 429) {
    return new ProviderRateLimitedError('Okta rate limit reached.', retryAfterMs(candidate.headers));
  }
  if (status !== undefined && status >= 500) {
    return new ProviderUnavailableError(`Okta answered HTTP ${status}${summary ? ` (${summary})` : ''}.`);
  }
  if (status !== undefined && error instanceof OktaApiError) {
    return new ProviderUnavailableError(`Okta answered HTTP ${status} ${String(candidate.errorCode)}.`);
  }
  const code = typeof candidate.code === 'string' ? candidate.code : undefined;
  return new ProviderUnavailableError(
    code
      ? `Okta could not be reached (${code}).`
      : `Okta call failed: ${error instanceof Error ? error.message : 'unknown error'}`,
  );
}

function header(headers: unknown, name: string): string | undefined {
  if (headers && typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  if (headers && typeof headers === 'object') {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

function retryAfterMs(headers: unknown): number | undefined {
  const retryAfter = Number(header(headers, 'retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) {
    return retryAfter * 1000;
  }
  const reset = Number(header(headers, 'x-rate-limit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) {
    return undefined;
  }
  const date = Date.parse(header(headers, 'date') ?? '');
  // The Date header has one-second resolution: add a second so the retry lands after the reset, as the SDK does.
  return Math.max(0, reset * 1000 - (Number.isNaN(date) ? Date.now() : date)) + 1000;
}
