import type { AuditEvent as AuditEventDto } from '@kushim/contracts';
import type { AuditEvent as AuditEventRow } from '@kushim/db';
import type { ChainedLedgerEvent, JsonValue } from '@kushim/ledger';

/** The stored row as the ledger hashes it (un-flattened actor and target). */
export function toLedgerEvent(row: AuditEventRow): ChainedLedgerEvent {
  return {
    organizationId: row.organizationId,
    seq: row.seq,
    occurredAt: row.occurredAt,
    actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
    action: row.action,
    target:
      row.targetType !== null && row.targetId !== null ? { type: row.targetType, id: row.targetId } : null,
    // Prisma's JsonValue is structurally the ledger's JsonValue; the stored value is hashed exactly as read.
    payload: row.payload as JsonValue,
    requestId: row.requestId,
    ip: row.ip,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** The API shape of one chain link. */
export function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  const payload = row.payload;
  return {
    seq: row.seq,
    prevHash: row.prevHash,
    hash: row.hash,
    occurredAt: row.occurredAt.toISOString(),
    actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
    action: row.action,
    target:
      row.targetType !== null && row.targetId !== null ? { type: row.targetType, id: row.targetId } : null,
    // Always an object as written; anything else was put there by hand, and is shown rather than hidden.
    payload:
      payload !== null && typeof payload === 'object' && !Array.isArray(payload)
        ? payload
        : { value: payload },
    requestId: row.requestId,
    ip: row.ip,
  };
}
