import { describe, expect, it } from 'vitest';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { classifyJiraError } from './errors';

const httpException = (
  status: number,
  headers: Record<string, string> = {},
  url = '/rest/api/3/search/jql',
) => ({
  status,
  message: `Request failed with status code ${status}`,
  cause: { response: { status, headers }, config: { url } },
});

describe('classifyJiraError', () => {
  it('types 401 as an auth error', () => {
    expect(classifyJiraError(httpException(401))).toBeInstanceOf(IntegrationAuthError);
  });

  it('types 403 as a missing Browse projects permission', () => {
    const error = classifyJiraError(httpException(403));
    expect((error as IntegrationPermissionError).missingPermissions).toEqual([
      'Browse projects (read:jira-work)',
    ]);
  });

  it('types 429 with Retry-After in ms', () => {
    expect(
      (classifyJiraError(httpException(429, { 'retry-after': '2' })) as ProviderRateLimitedError)
        .retryAfterMs,
    ).toBe(2000);
  });

  it('types 5xx and network errors as unavailable', () => {
    expect(classifyJiraError(httpException(503))).toBeInstanceOf(ProviderUnavailableError);
    expect(classifyJiraError(new Error('socket hang up'))).toBeInstanceOf(ProviderUnavailableError);
  });
});
