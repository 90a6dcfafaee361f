import { apiMessage, type ApiFailure } from '@/lib/api/api-error';
import { toFormFailure, type FormFailure } from '@/lib/api/form-failure';
import { acceptInviteFields, type AcceptInviteField } from '@/lib/auth/auth-fields';

/** Why an invitation link cannot be used; each gets its own explanation instead of the form. */
export type InvitationProblem = 'invalid' | 'expired' | 'used' | 'revoked';

export type AcceptInviteFailure = FormFailure<AcceptInviteField> & { invitation?: InvitationProblem };

/** The API answers `field: fragment` for problems it finds after validation (`password: does not match …`). */
const FIELD_MESSAGE = /^(\w+):\s*(.+)$/s;

function problemFromGone(message: string): InvitationProblem {
  if (/revoked/i.test(message)) {
    return 'revoked';
  }
  if (/expired/i.test(message)) {
    return 'expired';
  }
  return 'used';
}

/**
 * Turns the API's refusal of `POST /auth/accept-invite` into what the page shows: 410 (used, expired,
 * revoked) and a 400 about the token replace the form with an explanation; a problem with the name or the
 * password (the policy for a new account, 401 for the wrong password of an existing one) goes next to that
 * field; everything else is handled like any other form.
 */
export function toAcceptInviteFailure(failure: ApiFailure): AcceptInviteFailure {
  const message = apiMessage(failure.body) ?? '';
  if (failure.status === 410) {
    return { ok: false, fieldErrors: {}, invitation: problemFromGone(message) };
  }
  const issues = failure.body.issues ?? [];
  const aboutToken =
    issues.some((issue) => issue.path[0] === 'inviteToken') || message.startsWith('inviteToken');
  if (failure.status === 400 && aboutToken) {
    return { ok: false, fieldErrors: {}, invitation: 'invalid' };
  }
  const [, field, fragment] = FIELD_MESSAGE.exec(message) ?? [];
  const formField = acceptInviteFields.find((name) => name === field);
  if ((failure.status === 400 || failure.status === 401) && issues.length === 0 && formField && fragment) {
    return { ok: false, fieldErrors: { [formField]: fragment } };
  }
  return toFormFailure(failure, acceptInviteFields);
}
