/**
 * `datetime-local` inputs hold the browser's local time without a zone; the API takes ISO-8601 instants.
 * Empty means "not set".
 */
export function localInputToIso(value: string): string | undefined {
  if (!value) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export type InviteFormValues = {
  email: string;
  role: string;
  expiresAt: string;
  windowFrom: string;
  windowTo: string;
};

/** The invitation request: expiry and audit window only for auditors, the window only when both ends are set. */
export function toInviteRequest(values: InviteFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { email: values.email.trim(), role: values.role };
  if (values.role !== 'AUDITOR') {
    return body;
  }
  const expiresAt = localInputToIso(values.expiresAt);
  if (expiresAt) {
    body.expiresAt = expiresAt;
  }
  const auditWindow = auditWindowFromLocal(values.windowFrom, values.windowTo);
  if (auditWindow) {
    body.auditWindow = auditWindow;
  }
  return body;
}

/**
 * An audit window from two `datetime-local` values: undefined when both are empty; a half-filled window keeps the
 * missing end as '' so the API names it.
 */
export function auditWindowFromLocal(
  fromLocal: string,
  toLocal: string,
): { from: string; to: string } | undefined {
  const from = localInputToIso(fromLocal);
  const to = localInputToIso(toLocal);
  return from || to ? { from: from ?? '', to: to ?? '' } : undefined;
}
