import { Injectable, NotFoundException } from '@nestjs/common';
import type { EvidenceDetail, EvidenceList, EvidenceSummary, ListEvidenceQuery } from '@kushim/contracts';
import type { Evidence, OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';

function toSummary(
  row: Pick<Evidence, 'id' | 'integrationId' | 'runId' | 'kind' | 'contentHash' | 'collectedAt'>,
): EvidenceSummary {
  return {
    id: row.id,
    integrationId: row.integrationId,
    runId: row.runId,
    kind: row.kind,
    sha256: row.contentHash,
    collectedAt: row.collectedAt.toISOString(),
  };
}

/** Evidence as stored: immutable, addressed by the SHA-256 of its canonical JSON. */
@Injectable()
export class EvidenceService {
  constructor(private readonly database: DatabaseService) {}

  /** Newest first, paged by id (UUIDv7: creation order). */
  async list(orgId: OrgId, query: ListEvidenceQuery): Promise<EvidenceList> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.evidence.findMany({
        where: {
          organizationId: orgId,
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.integrationId ? { integrationId: query.integrationId } : {}),
          ...(query.from || query.to
            ? {
                collectedAt: {
                  ...(query.from ? { gte: new Date(query.from) } : {}),
                  ...(query.to ? { lt: new Date(query.to) } : {}),
                },
              }
            : {}),
          ...(query.cursor ? { id: { lt: query.cursor } } : {}),
        },
        select: {
          id: true,
          integrationId: true,
          runId: true,
          kind: true,
          contentHash: true,
          collectedAt: true,
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
      }),
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toSummary),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }

  async get(orgId: OrgId, evidenceId: string): Promise<EvidenceDetail> {
    const row = await this.database.tenant(orgId, (tx) =>
      tx.evidence.findFirst({ where: { id: evidenceId, organizationId: orgId } }),
    );
    if (!row) {
      throw new NotFoundException('Evidence not found');
    }
    return { ...toSummary(row), content: row.content };
  }
}
