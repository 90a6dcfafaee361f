import { Injectable } from '@nestjs/common';
import type {
  ControlTransitionList,
  ListOutboxQuery,
  ListTransitionsQuery,
  OutboxList,
} from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import type { AuditWindowRange } from '@/common/auth';

/** Read side of alerting: transitions for everyone, the outbox for admins. Newest first, paged by UUIDv7 id. */
@Injectable()
export class AlertHistoryService {
  constructor(private readonly database: DatabaseService) {}

  async transitions(
    orgId: OrgId,
    query: ListTransitionsQuery,
    window: AuditWindowRange | null = null,
  ): Promise<ControlTransitionList> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.controlTransition.findMany({
        where: {
          organizationId: orgId,
          ...(window ? { occurredAt: { gte: window.from, lt: window.to } } : {}),
          ...(query.controlId ? { controlId: query.controlId } : {}),
          ...(query.cursor ? { id: { lt: query.cursor } } : {}),
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
      }),
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        controlId: row.controlId,
        from: row.fromStatus,
        to: row.toStatus,
        cause: row.cause,
        runId: row.runId,
        occurredAt: row.occurredAt.toISOString(),
      })),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }

  async outbox(orgId: OrgId, query: ListOutboxQuery): Promise<OutboxList> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.outboxMessage.findMany({
        where: {
          organizationId: orgId,
          ...(query.status ? { status: query.status } : {}),
          ...(query.cursor ? { id: { lt: query.cursor } } : {}),
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
      }),
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        channel: row.channel,
        kind: row.kind,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        text:
          typeof (row.payload as { text?: unknown }).text === 'string'
            ? (row.payload as { text: string }).text
            : '',
      })),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
