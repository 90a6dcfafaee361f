import type { AuditEvent } from '@kushim/contracts';

const MAX = 160;

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  return undefined;
}

/** One line for the table: the target, then the payload's simple fields ("key: value"), cut at 160 characters. */
export function payloadSummary(event: Pick<AuditEvent, 'target' | 'payload'>): string {
  const parts: string[] = [];
  if (event.target) {
    parts.push(`${event.target.type} ${event.target.id}`);
  }
  for (const [key, value] of Object.entries(event.payload)) {
    const text = scalar(value);
    if (text !== undefined) {
      parts.push(`${key}: ${text}`);
    }
  }
  const line = parts.join(' · ');
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line || '—';
}
