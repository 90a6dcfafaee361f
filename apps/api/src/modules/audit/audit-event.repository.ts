import { Injectable } from '@nestjs/common';
import type { ListAuditEventsQuery } from '@kushim/contracts';
import type { AuditEvent as AuditEventRow, DbTx, OrgId, Prisma } from '@kushim/db';

/** Namespace of the transaction-level advisory locks that serialise appends to one organization's chain. */
const AUDIT_CHAIN_LOCK_CLASS = 0x4b534d01;

export type NewAuditEventRow = Omit<Prisma.AuditEventUncheckedCreateInput, 'id'>;

/**
 * Reads and appends AuditEvent rows. Always called inside a tenant transaction (row-level security limits every
 * query to that organization); the organization id is also passed and filtered on, as the first line of defence.
 */
@Injectable()
export class AuditEventRepository {
  /** Waits for, then holds until commit, the right to append to `orgId`'s chain. */
  async lockChain(tx: DbTx, orgId: OrgId): Promise<void> {
    await tx.$executeRaw`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_CLASS}::int4, hashtext(${orgId}))`;
  }

  async lastLink(tx: DbTx, orgId: OrgId): Promise<{ seq: number; hash: string } | null> {
    return tx.auditEvent.findFirst({
      where: { organizationId: orgId },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true },
    });
  }

  async insert(tx: DbTx, row: NewAuditEventRow): Promise<void> {
    await tx.auditEvent.create({ data: row, select: { id: true } });
  }

  /** Newest first, `limit` rows below `beforeSeq` matching the filters. */
  async findPage(
    tx: DbTx,
    orgId: OrgId,
    filters: Omit<ListAuditEventsQuery, 'limit' | 'cursor'>,
    page: { beforeSeq?: number; limit: number },
  ): Promise<AuditEventRow[]> {
    const where: Prisma.AuditEventWhereInput = { organizationId: orgId };
    if (page.beforeSeq !== undefined) {
      where.seq = { lt: page.beforeSeq };
    }
    if (filters.actor !== undefined) {
      where.OR = [{ actorId: filters.actor }, { actorLabel: filters.actor }];
    }
    if (filters.action !== undefined) {
      where.action = filters.action.endsWith('.*')
        ? { startsWith: filters.action.slice(0, -1) }
        : { equals: filters.action };
    }
    if (filters.from !== undefined || filters.to !== undefined) {
      where.occurredAt = {
        ...(filters.from !== undefined ? { gte: new Date(filters.from) } : {}),
        ...(filters.to !== undefined ? { lt: new Date(filters.to) } : {}),
      };
    }
    return tx.auditEvent.findMany({ where, orderBy: { seq: 'desc' }, take: page.limit });
  }

  /** Oldest first, up to `limit` links after `afterSeq`: how verification streams the chain. */
  async findChainAfter(tx: DbTx, orgId: OrgId, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
    return tx.auditEvent.findMany({
      where: { organizationId: orgId, seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: limit,
    });
  }
}
