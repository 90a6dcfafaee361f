import { Injectable } from '@nestjs/common';
import type { AuditEventList, ListAuditEventsQuery } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditEventRepository } from './audit-event.repository';
import { toAuditEventDto } from './audit-event.row';
import { narrowToWindow, type AuditWindowRange } from '@/common/auth';

/** Reads an organization's audit trail, newest first, for people (the verifier reads it oldest first). */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly database: DatabaseService,
    private readonly events: AuditEventRepository,
  ) {}

  /** For a windowed auditor the `from`/`to` filter is narrowed to the window. */
  async list(
    orgId: OrgId,
    query: ListAuditEventsQuery,
    window: AuditWindowRange | null = null,
  ): Promise<AuditEventList> {
    const { limit, cursor, ...requested } = query;
    const range = narrowToWindow(
      {
        from: requested.from !== undefined ? new Date(requested.from) : undefined,
        to: requested.to !== undefined ? new Date(requested.to) : undefined,
      },
      window,
    );
    const filters = {
      ...requested,
      from: range.from?.toISOString(),
      to: range.to?.toISOString(),
    };
    const rows = await this.database.tenant(orgId, (tx) =>
      this.events.findPage(tx, orgId, filters, {
        limit: limit + 1,
        ...(cursor !== undefined ? { beforeSeq: Number(cursor) } : {}),
      }),
    );
    const items = rows.slice(0, limit).map(toAuditEventDto);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? String(last.seq) : null };
  }
}
