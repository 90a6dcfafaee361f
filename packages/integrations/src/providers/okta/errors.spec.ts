import { OktaApiError } from '@okta/okta-sdk-nodejs';
import { describe, expect, it } from 'vitest';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { classifyOktaError } from './errors';

const oktaError = (
  status: number,
  errorCode: string,
  url = 'https://acme.okta.com/api/v1/users',
  headers = new Headers(),
) => new OktaApiError(url, status, { errorCode, errorSummary: 'summary' }, headers);

describe('classifyOktaError', () => {
  it('types E0000011 (401) as an auth error', () => {
    expect(classifyOktaError(oktaError(401, 'E0000011'))).toBeInstanceOf(IntegrationAuthError);
  });

  it('names the scope a 403 path needs', () => {
    const typed = classifyOktaError(oktaError(403, 'E0000006', 'https://acme.okta.com/api/v1/logStreams'));
    expect(typed).toBeInstanceOf(IntegrationPermissionError);
    expect((typed as IntegrationPermissionError).missingPermissions).toEqual(['okta.logStreams.read']);
  });

  it('turns X-Rate-Limit-Reset into retryAfterMs measured from the Date header', () => {
    const headers = new Headers({
      date: 'Fri, 20 Nov 2026 12:00:00 GMT',
      'x-rate-limit-reset': String(Date.parse('2026-11-20T12:00:30Z') / 1000),
    });
    const typed = classifyOktaError(oktaError(429, 'E0000047', undefined, headers));
    expect(typed).toBeInstanceOf(ProviderRateLimitedError);
    expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(31_000);
  });

  it('types 5xx and network errors as unavailable', () => {
    expect(classifyOktaError(oktaError(500, 'E0000009'))).toBeInstanceOf(ProviderUnavailableError);
    expect(
      classifyOktaError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
    ).toBeInstanceOf(ProviderUnavailableError);
  });
});
