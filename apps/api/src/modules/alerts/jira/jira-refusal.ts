/** What the sync was doing when Jira answered: the message names it. */
export type JiraOperation = 'search' | 'create' | 'read' | 'comment' | 'transition';

export interface JiraTarget {
  projectKey: string;
  issueType: string;
}

/**
 * Jira refused the configuration (project missing, issue type invalid, credentials or permissions): retrying cannot
 * help until someone fixes the settings or the grants. The message says what to fix.
 */
export class JiraConfigurationRefusedError extends Error {
  override readonly name = 'JiraConfigurationRefusedError';
}

/** The issue a ticket tracks was deleted (or moved out of sight): the ticket has nothing left to follow. */
export class JiraIssueGoneError extends Error {
  override readonly name = 'JiraIssueGoneError';
}

/** Jira asked to slow down; `retryAfterMs` is its Retry-After. */
export class JiraRateLimitedError extends Error {
  override readonly name = 'JiraRateLimitedError';
  constructor(readonly retryAfterMs: number | undefined) {
    super('Jira rate limit reached (429).');
  }
}

interface JiraErrorBody {
  errorMessages?: unknown;
  errors?: unknown;
}

interface HttpFailure {
  status: number;
  retryAfter: string | undefined;
  body: JiraErrorBody;
}

/** The HTTP status, Retry-After and body of a jira.js `HttpException` (its cause is the axios error). */
function httpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const e = error as {
    status?: unknown;
    cause?: { response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown } };
  };
  const response = e.cause?.response;
  const status = typeof response?.status === 'number' ? response.status : e.status;
  if (typeof status !== 'number' || !response) {
    return undefined;
  }
  const retryAfter = response.headers?.['retry-after'];
  const body =
    typeof response.data === 'object' && response.data !== null ? (response.data as JiraErrorBody) : {};
  return { status, retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined, body };
}

/** Jira's own words: `errorMessages` and `errors` ({field: message}) joined into one sentence. */
export function jiraSays(body: JiraErrorBody): string {
  const messages = Array.isArray(body.errorMessages)
    ? body.errorMessages.filter((m): m is string => typeof m === 'string')
    : [];
  const fields =
    typeof body.errors === 'object' && body.errors !== null
      ? Object.entries(body.errors as Record<string, unknown>).map(
          ([field, message]) => `${field}: ${String(message)}`,
        )
      : [];
  return [...messages, ...fields].join('; ') || 'no details';
}

function retryAfterMs(value: string | undefined): number | undefined {
  const seconds = Number(value);
  return value !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

const ISSUE_OPERATIONS: readonly JiraOperation[] = ['read', 'comment', 'transition'];

/**
 * Types a failed Jira call. Refusals of the configuration become JiraConfigurationRefusedError with a message a
 * compliance manager can act on; 429 becomes JiraRateLimitedError; a 404 on an existing issue JiraIssueGoneError.
 * Anything else (5xx, network, timeouts) is returned as it came: a transient failure the job's retries handle.
 */
export function interpretJiraError(error: unknown, operation: JiraOperation, target: JiraTarget): unknown {
  const failure = httpFailure(error);
  if (!failure) {
    return error;
  }
  const { status, body } = failure;
  const said = jiraSays(body);
  const project = target.projectKey;
  if (status === 429) {
    return new JiraRateLimitedError(retryAfterMs(failure.retryAfter));
  }
  if (status === 401) {
    return new JiraConfigurationRefusedError(
      'Jira rejected the Kushim account’s email and API token (401): create a new API token and reconnect the Jira integration.',
    );
  }
  if (status === 403) {
    return new JiraConfigurationRefusedError(
      `The Kushim account may not ${operation} issues in Jira project ${project} (403): grant it Browse projects, Create issues, Add comments and Transition issues in ${project}. Jira said: ${said}`,
    );
  }
  if (status === 404 && ISSUE_OPERATIONS.includes(operation)) {
    return new JiraIssueGoneError(`The Jira issue was not found (404): ${said}`);
  }
  if (status >= 500) {
    return error;
  }
  const errors = (typeof body.errors === 'object' && body.errors !== null ? body.errors : {}) as Record<
    string,
    unknown
  >;
  if (status === 404 || 'project' in errors || (operation === 'search' && status === 400)) {
    return new JiraConfigurationRefusedError(
      `Jira project ${project} was not found or the Kushim account cannot see it: ${said}. Check the project key in the notification settings and grant Browse projects.`,
    );
  }
  if ('issuetype' in errors) {
    return new JiraConfigurationRefusedError(
      `Issue type "${target.issueType}" cannot be used in Jira project ${project}: ${said}. Choose one of the project's issue types in the notification settings.`,
    );
  }
  return new JiraConfigurationRefusedError(
    `Jira refused to ${operation} an issue in project ${project} (${status}): ${said}`,
  );
}
