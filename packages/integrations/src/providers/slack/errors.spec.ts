import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { classifySlackError } from './errors';

describe('classifySlackError', () => {
  it('types invalid_auth and token_revoked as auth errors', () => {
    expect(classifySlackError(new WebAPIPlatformError({ ok: false, error: 'invalid_auth' }))).toBeInstanceOf(
      IntegrationAuthError,
    );
    expect(classifySlackError(new WebAPIPlatformError({ ok: false, error: 'token_revoked' }))).toBeInstanceOf(
      IntegrationAuthError,
    );
  });

  it('names the scope Slack says is needed', () => {
    // Slack's missing_scope answer carries `needed` and `provided` next to `error`.
    const answer = { ok: false, error: 'missing_scope', needed: 'users:read.email', provided: 'users:read' };
    const typed = classifySlackError(new WebAPIPlatformError(answer));
    expect(typed).toBeInstanceOf(IntegrationPermissionError);
    expect((typed as IntegrationPermissionError).missingPermissions).toEqual(['users:read.email']);
  });

  it('carries Retry-After from a rate-limited call', () => {
    const typed = classifySlackError(new WebAPIRateLimitedError(30));
    expect(typed).toBeInstanceOf(ProviderRateLimitedError);
    expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(30_000);
  });

  it('types HTTP 5xx and request failures as unavailable', () => {
    expect(classifySlackError(new WebAPIHTTPError(503, 'Service Unavailable', {}))).toBeInstanceOf(
      ProviderUnavailableError,
    );
    expect(classifySlackError(new WebAPIRequestError(new Error('ECONNRESET')))).toBeInstanceOf(
      ProviderUnavailableError,
    );
  });
});
