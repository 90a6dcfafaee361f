import { Injectable } from '@nestjs/common';
import { AuditEventInputSchema, type AuditEventInput } from '@kushim/contracts';
import type { DbTx, OrgId, Prisma } from '@kushim/db';
import { auditEventBody, chainHash, GENESIS_HASH, type JsonValue, type LedgerEvent } from '@kushim/ledger';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditEventRepository } from './audit-event.repository';

export type { AuditEventInput } from '@kushim/contracts';

/**
 * The same value PostgreSQL's jsonb will hand back: undefined members dropped, Dates as ISO strings. Hashing this
 * (not the caller's object) keeps the stored event and its hash in agreement.
 */
function asStoredJson(payload: Record<string, unknown>): JsonValue {
  return JSON.parse(JSON.stringify(payload)) as JsonValue;
}

/** Appends to an organization's hash-chained audit trail (docs/ledger.md). */
@Injectable()
export class AuditService {
  constructor(
    private readonly database: DatabaseService,
    private readonly events: AuditEventRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Records `input` as the next link of `orgId`'s chain, inside the caller's tenant transaction, so the event
   * commits or rolls back with the change it describes. Appends to one organization are serialised by an advisory
   * lock held until that transaction ends (the transaction must be READ COMMITTED, withTenant's default).
   */
  async append(tx: DbTx, orgId: OrgId, input: AuditEventInput): Promise<{ seq: number; hash: string }> {
    const event = AuditEventInputSchema.parse(input);
    await this.events.lockChain(tx, orgId);
    const last = await this.events.lastLink(tx, orgId);
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    // Millisecond precision: exactly what timestamptz(3) stores, so the hash verifies after a round trip.
    const occurredAt = this.clock.now();
    const payload = asStoredJson(event.payload ?? {});
    const ledgerEvent: LedgerEvent = {
      organizationId: orgId,
      seq,
      occurredAt,
      actor: event.actor,
      action: event.action,
      target: event.target ?? null,
      payload,
      requestId: event.requestId ?? null,
      ip: event.ip ?? null,
    };
    const hash = chainHash(prevHash, auditEventBody(ledgerEvent));
    await this.events.insert(tx, {
      organizationId: orgId,
      seq,
      prevHash,
      hash,
      occurredAt,
      actorType: event.actor.type,
      actorId: event.actor.id ?? null,
      actorLabel: event.actor.label ?? null,
      action: event.action,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      requestId: event.requestId ?? null,
      ip: event.ip ?? null,
      payload: payload as Prisma.InputJsonValue,
    });
    return { seq, hash };
  }

  /** For events with no surrounding change to commit with (e.g. a login): its own tenant transaction. */
  appendStandalone(orgId: OrgId, input: AuditEventInput): Promise<{ seq: number; hash: string }> {
    return this.database.tenant(orgId, (tx) => this.append(tx, orgId, input));
  }
}
