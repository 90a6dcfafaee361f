import { auditWindowFromLocal, localInputToIso, type InviteFormValues } from './local-datetime';

/** The change-access form: the invitation's fields without the email. */
export type MemberAccessValues = Omit<InviteFormValues, 'email'>;

/**
 * The PATCH body for a member's access: the role only when it changes; for auditors, expiry and audit window are
 * always sent, `null` clearing them, so emptying the fields removes the limit. A half-filled window is sent as is
 * for the API to name the missing end.
 */
export function toMemberAccessRequest(
  currentRole: string,
  values: MemberAccessValues,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.role !== currentRole) {
    body.role = values.role;
  }
  if (values.role === 'AUDITOR') {
    body.expiresAt = localInputToIso(values.expiresAt) ?? null;
    body.auditWindow = auditWindowFromLocal(values.windowFrom, values.windowTo) ?? null;
  }
  return body;
}
