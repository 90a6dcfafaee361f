import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import {
  IntegrationAuthError,
  type IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';

const authErrors = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
]);
const scopeErrors = new Set(['missing_scope', 'not_allowed_token_type']);

/**
 * Types @slack/web-api errors: platform errors (`ok: false`) invalid_auth/token_revoked → auth, missing_scope →
 * permission naming Slack's `needed` scope; WebAPIRateLimitedError (HTTP 429) → rate limit with its Retry-After;
 * HTTP 5xx and request errors → unavailable.
 */
export function classifySlackError(error: unknown): IntegrationError {
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    if (authErrors.has(code)) {
      return new IntegrationAuthError(
        `Slack rejected the bot token (${code}). Reinstall the Kushim app and update the token.`,
      );
    }
    if (scopeErrors.has(code)) {
      const needed =
        'needed' in error.data && typeof error.data.needed === 'string'
          ? error.data.needed.split(',').filter(Boolean)
          : [];
      return new IntegrationPermissionError(
        `The Slack app is missing ${needed.length > 0 ? `the ${needed.join(', ')} scope` : 'a required scope'}: add it and reinstall the app.`,
        needed,
      );
    }
    return new ProviderUnavailableError(`Slack answered ${code}.`);
  }
  if (error instanceof WebAPIRateLimitedError) {
    return new ProviderRateLimitedError('Slack rate limit reached.', error.retryAfter * 1000);
  }
  if (error instanceof WebAPIHTTPError) {
    return error.statusCode === 401 || error.statusCode === 403
      ? new IntegrationAuthError(`Slack refused the token (HTTP ${error.statusCode}).`)
      : new ProviderUnavailableError(`Slack answered HTTP ${error.statusCode}.`);
  }
  if (error instanceof WebAPIRequestError) {
    return new ProviderUnavailableError(`Slack could not be reached: ${error.original.message}`);
  }
  return new ProviderUnavailableError(
    `Slack call failed: ${error instanceof Error ? error.message : 'unknown error'}`,
  );
}
