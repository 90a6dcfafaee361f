import { apiMessage, type ApiFailure } from './api-error';

/** What a form's server action returns when it did not succeed. */
export type FormFailure<Field extends string> = {
  ok: false;
  formError?: string;
  fieldErrors: Partial<Record<Field, string>>;
};

function throttledMessage(retryAfterSeconds: number | undefined): string {
  const wait =
    retryAfterSeconds === undefined
      ? 'a minute'
      : retryAfterSeconds === 1
        ? '1 second'
        : retryAfterSeconds < 120
          ? `${retryAfterSeconds} seconds`
          : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return `Too many attempts. Wait ${wait} and try again.`;
}

/**
 * Turns an API failure into messages a form can show: issues whose first path segment is one of the
 * form's fields go next to that field; everything else becomes one message above the form.
 */
export function toFormFailure<Field extends string>(
  failure: ApiFailure,
  fields: readonly Field[],
  messages: { unauthorized?: string; conflictField?: Field } = {},
): FormFailure<Field> {
  if (failure.status === 0) {
    return {
      ok: false,
      formError: 'Kushim could not reach its server. Try again in a moment.',
      fieldErrors: {},
    };
  }
  if (failure.status === 429) {
    return { ok: false, formError: throttledMessage(failure.retryAfterSeconds), fieldErrors: {} };
  }
  if (failure.status === 401 && messages.unauthorized) {
    return { ok: false, formError: messages.unauthorized, fieldErrors: {} };
  }
  if (failure.status >= 500) {
    return {
      ok: false,
      formError: 'Something went wrong on our side. Try again in a moment.',
      fieldErrors: {},
    };
  }
  if (failure.status === 409 && messages.conflictField !== undefined && !failure.body.issues?.length) {
    // A conflict about one field (an email already registered) reads best next to that field.
    const message = apiMessage(failure.body) ?? 'This value is already in use.';
    return {
      ok: false,
      fieldErrors: { [messages.conflictField]: message } as Partial<Record<Field, string>>,
    };
  }
  const fieldErrors: Partial<Record<Field, string>> = {};
  const otherIssues: string[] = [];
  for (const issue of failure.body.issues ?? []) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field !== undefined && fieldErrors[field] === undefined) {
      fieldErrors[field] = issue.message;
    } else if (field === undefined) {
      otherIssues.push(issue.message);
    }
  }
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const formError =
    otherIssues.length > 0
      ? otherIssues.join(' ')
      : hasFieldErrors
        ? undefined
        : (apiMessage(failure.body) ?? 'The request was not accepted. Check the form and try again.');
  return formError === undefined ? { ok: false, fieldErrors } : { ok: false, formError, fieldErrors };
}
