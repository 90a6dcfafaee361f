/** The export form's first period: the auditor's window when there is one, else the last 90 days. `to` is never in the future. */
export function defaultPeriod(
  now: Date,
  auditWindow: { from: string; to: string } | null,
): { from: string; to: string } {
  const clamp = (iso: string) => (Date.parse(iso) > now.getTime() ? now.toISOString() : iso);
  if (auditWindow) {
    return { from: auditWindow.from, to: clamp(auditWindow.to) };
  }
  return { from: new Date(now.getTime() - 90 * 86_400_000).toISOString(), to: now.toISOString() };
}

/** `datetime-local` input value (UTC, minutes) ⇄ ISO: the form shows and sends UTC, like the rest of Kushim. */
export function toUtcInput(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16);
}

export function fromUtcInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
    return undefined;
  }
  const date = new Date(`${value}:00.000Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "2.4 MB". */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) {
    return '—';
  }
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
