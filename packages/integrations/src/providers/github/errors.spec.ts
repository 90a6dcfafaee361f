import { describe, expect, it } from 'vitest';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { classifyGithubError } from './errors';

const requestError = (status: number, url: string, headers: Record<string, string> = {}, message = 'x') => ({
  status,
  message,
  request: { url },
  response: { headers, url },
});

describe('classifyGithubError', () => {
  it('types 401 as an auth error', () => {
    expect(classifyGithubError(requestError(401, 'https://api.github.com/orgs/acme'))).toBeInstanceOf(
      IntegrationAuthError,
    );
  });

  it('types 403 on Dependabot alerts as the missing Dependabot permission', () => {
    const error = classifyGithubError(
      requestError(403, 'https://api.github.com/repos/a/b/dependabot/alerts?state=open'),
    );
    expect(error).toBeInstanceOf(IntegrationPermissionError);
    expect((error as IntegrationPermissionError).missingPermissions).toEqual(['Dependabot alerts: read']);
  });

  it('types 429 as a rate limit with Retry-After in ms', () => {
    const error = classifyGithubError(
      requestError(429, 'https://api.github.com/orgs/acme', { 'retry-after': '3' }),
    );
    expect(error).toBeInstanceOf(ProviderRateLimitedError);
    expect((error as ProviderRateLimitedError).retryAfterMs).toBe(3000);
  });

  it('types an exhausted primary rate limit (403, remaining 0) using the reset time', () => {
    const error = classifyGithubError(
      requestError(403, 'https://api.github.com/orgs/a', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1010',
      }),
      1_000_000,
    );
    expect((error as ProviderRateLimitedError).retryAfterMs).toBe(10_000);
  });

  it('types 5xx and network errors as unavailable', () => {
    expect(classifyGithubError(requestError(502, 'https://api.github.com/orgs/a'))).toBeInstanceOf(
      ProviderUnavailableError,
    );
    expect(
      classifyGithubError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
    ).toBeInstanceOf(ProviderUnavailableError);
  });
});
