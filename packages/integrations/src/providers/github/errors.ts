import {
  IntegrationAuthError,
  type IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';

interface HttpLikeError {
  status?: unknown;
  message?: unknown;
  code?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; url?: string };
  request?: { url?: string };
}

/** Which permission a 403 on a given API path lacks (GitHub names the path, not the permission). */
const permissionByPath: [RegExp, string][] = [
  [/\/dependabot\//, 'Dependabot alerts: read'],
  [/\/vulnerability-alerts$/, 'Administration: read'],
  [/\/(rules\/branches|rulesets|branches\/[^/]+\/protection)/, 'Administration: read'],
  [/\/pulls/, 'Pull requests: read'],
  [/\/orgs\/[^/]+\/members/, 'Members: read'],
  [/\/orgs\/[^/]+\/repos$/, 'Metadata: read'],
  [/\/orgs\/[^/]+$/, 'Administration: read'],
];

function retryAfterMs(headers: Record<string, string | number | undefined>, now: number): number | undefined {
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) {
    return retryAfter * 1000;
  }
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
}

/** Types an Octokit `RequestError` (or a network error) as one of Kushim's integration errors. */
export function classifyGithubError(error: unknown, now: number = Date.now()): IntegrationError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = typeof e.message === 'string' ? e.message : 'Unknown GitHub error';
  const headers = e.response?.headers ?? {};
  const url = e.request?.url ?? e.response?.url ?? '';
  const path = url.replace(/\?.*$/, '');
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message)));
  if (rateLimited) {
    return new ProviderRateLimitedError(`GitHub rate limit reached: ${message}`, retryAfterMs(headers, now));
  }
  if (status === 401) {
    return new IntegrationAuthError(
      'GitHub rejected the token (401 Bad credentials). Create a new token and reconnect.',
    );
  }
  // GitHub answers 404 for what the token may not see, so both mean a missing permission (or a wrong org login).
  if (status === 403 || status === 404) {
    const permission = permissionByPath.find(([pattern]) => pattern.test(path))?.[1] ?? 'Metadata: read';
    return new IntegrationPermissionError(`GitHub refused ${path || 'a request'}: grant "${permission}".`, [
      permission,
    ]);
  }
  if (status === undefined || status >= 500) {
    return new ProviderUnavailableError(`GitHub is unavailable: ${message}`);
  }
  return new ProviderUnavailableError(`GitHub answered ${status}: ${message}`);
}
