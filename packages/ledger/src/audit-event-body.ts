import type { JsonValue } from './json-value';

/** Bumped whenever the set of covered fields or their encoding changes; old events keep verifying under theirs. */
export const AUDIT_EVENT_BODY_VERSION = 1;

export type LedgerActorType = 'USER' | 'API_KEY' | 'SYSTEM';

/** One audit event as the ledger sees it (the database row, un-flattened). */
export interface LedgerEvent {
  organizationId: string;
  seq: number;
  occurredAt: Date | string;
  actor: { type: LedgerActorType; id?: string | null; label?: string | null };
  action: string;
  target?: { type: string; id: string } | null;
  /** Written as a JSON object; hashed exactly as stored (a tampered non-object value hashes differently). */
  payload?: JsonValue;
  requestId?: string | null;
  ip?: string | null;
}

/** A stored link of the chain: the event plus the two hashes that bind it to its predecessor. */
export interface ChainedLedgerEvent extends LedgerEvent {
  prevHash: string;
  hash: string;
}

/**
 * The exact object whose canonical JSON is hashed. Absent optional fields are `null` (an absent payload is `{}`),
 * so the shape never varies.
 */
export interface AuditEventBody {
  version: typeof AUDIT_EVENT_BODY_VERSION;
  organizationId: string;
  seq: number;
  occurredAt: string;
  actor: { type: LedgerActorType; id: string | null; label: string | null };
  action: string;
  target: { type: string; id: string } | null;
  payload: JsonValue;
  requestId: string | null;
  ip: string | null;
}

/** ISO-8601 UTC with milliseconds (`2026-01-02T03:04:05.678Z`): the precision the database stores. */
function isoMillis(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`auditEventBody: occurredAt is not a valid time: ${String(value)}`);
  }
  return date.toISOString();
}

/**
 * Every field that says who did what, to what, when, where and in which tenant is covered. Not covered: the row's
 * surrogate `id` (storage detail) and `hash` (the output). `prevHash` is covered by being the hash's prefix.
 */
export function auditEventBody(event: LedgerEvent): AuditEventBody {
  return {
    version: AUDIT_EVENT_BODY_VERSION,
    organizationId: event.organizationId,
    seq: event.seq,
    occurredAt: isoMillis(event.occurredAt),
    actor: { type: event.actor.type, id: event.actor.id ?? null, label: event.actor.label ?? null },
    action: event.action,
    target: event.target ? { type: event.target.type, id: event.target.id } : null,
    payload: event.payload === undefined ? {} : event.payload,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
  };
}
