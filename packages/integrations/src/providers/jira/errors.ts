import {
  IntegrationAuthError,
  type IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { jiraPermissions } from './permissions';

interface JiraLikeError {
  status?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: { response?: { status?: number; headers?: Record<string, unknown> }; config?: { url?: string } };
  response?: { status?: number; headers?: Record<string, unknown> };
}

/** Types a jira.js `HttpException` (or an axios/network error) as one of Kushim's integration errors. */
export function classifyJiraError(error: unknown): IntegrationError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as JiraLikeError;
  const status = typeof e.status === 'number' ? e.status : (e.cause?.response?.status ?? e.response?.status);
  const headers = e.cause?.response?.headers ?? e.response?.headers ?? {};
  const message = typeof e.message === 'string' ? e.message : 'Unknown Jira error';
  if (status === 429) {
    const retryAfter = Number(headers['retry-after']);
    return new ProviderRateLimitedError(
      'Jira rate limit reached.',
      Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
    );
  }
  if (status === 401) {
    return new IntegrationAuthError(
      'Jira rejected the email and API token (401). Create a new API token and reconnect.',
    );
  }
  if (status === 403) {
    const url = e.cause?.config?.url ?? '';
    const permission = /\/user|\/myself/.test(url)
      ? jiraPermissions.browseUsers
      : jiraPermissions.browseProjects;
    return new IntegrationPermissionError(`Jira refused ${url || 'a request'}: grant "${permission}".`, [
      permission,
    ]);
  }
  if (status === undefined || status >= 500) {
    return new ProviderUnavailableError(`Jira is unavailable: ${message}`);
  }
  return new ProviderUnavailableError(`Jira answered ${status}: ${message}`);
}
