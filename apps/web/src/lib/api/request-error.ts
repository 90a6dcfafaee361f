import { apiMessage, type ApiErrorBody } from './api-error';

/** A failed dashboard API call, with what the API said (status 0: the API could not be reached). */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly requestId: string | undefined,
  ) {
    super(describeFailure(status, body));
    this.name = 'RequestError';
  }

  /** The message of the API's validation issue for `field` (its first path segment), if any. */
  fieldMessage(field: string): string | undefined {
    return this.body.issues?.find((issue) => issue.path.join('.') === field || issue.path[0] === field)
      ?.message;
  }
}

/** What to tell a person about a failed call: the API's own words for 4xx, a calm sentence otherwise. */
export function describeFailure(status: number, body: ApiErrorBody): string {
  if (status === 0) {
    return 'Kushim could not reach its server. Check your connection and try again.';
  }
  if (status === 404) {
    return (
      apiMessage(body) ?? 'This does not exist, or it belongs to an organization you are not a member of.'
    );
  }
  if (status === 403) {
    return apiMessage(body) ?? 'Your role does not allow this.';
  }
  if (status === 429) {
    return 'Too many requests. Wait a moment and try again.';
  }
  if (status >= 500) {
    return 'Something went wrong on our side. Try again in a moment.';
  }
  return apiMessage(body) ?? `The request was not accepted (${status}).`;
}
