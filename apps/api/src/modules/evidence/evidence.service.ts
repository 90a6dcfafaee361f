import { Injectable, NotFoundException } from '@nestjs/common';
import type { EvidenceDetail, EvidenceList, EvidenceSummary, ListEvidenceQuery } from '@kushim/contracts';
import type { Evidence, OrgId, Prisma } from '@kushim/db';
import { narrowToWindow, timeFilter, type AuditWindowRange } from '@/common/auth';
import { DatabaseService } from '@/infra/database/database.service';

/** At most this many citing results are listed with an evidence record, newest first. */
const CITED_BY_LIMIT = 100;

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
  async list(
    orgId: OrgId,
    query: ListEvidenceQuery,
    window: AuditWindowRange | null = null,
  ): Promise<EvidenceList> {
    const collectedAt = timeFilter({
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.evidence.findMany({
        where: {
          organizationId: orgId,
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.integrationId ? { integrationId: query.integrationId } : {}),
          ...(collectedAt ? { collectedAt } : {}),
          ...(window ? { AND: [evidenceSeenIn(window)] } : {}),
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

  async get(
    orgId: OrgId,
    evidenceId: string,
    window: AuditWindowRange | null = null,
  ): Promise<EvidenceDetail> {
    const found = await this.database.tenant(orgId, async (tx) => {
      const row = await tx.evidence.findFirst({
        where: {
          id: evidenceId,
          organizationId: orgId,
          ...(window ? { AND: [evidenceSeenIn(window)] } : {}),
        },
      });
      if (!row) {
        return null;
      }
      // The results that rest on this evidence (a windowed auditor: those evaluated inside the window).
      const citing = await tx.checkResult.findMany({
        where: {
          organizationId: orgId,
          evidenceIds: { has: evidenceId },
          ...(window ? { evaluatedAt: timeFilter(narrowToWindow({}, window)) } : {}),
        },
        select: { id: true, runId: true, checkId: true, status: true, evaluatedAt: true },
        orderBy: [{ evaluatedAt: 'desc' }, { id: 'desc' }],
        take: CITED_BY_LIMIT,
      });
      return { row, citing };
    });
    if (!found) {
      throw new NotFoundException('Evidence not found');
    }
    return {
      ...toSummary(found.row),
      content: found.row.content,
      citedBy: found.citing.map((result) => ({
        resultId: result.id,
        runId: result.runId,
        checkId: result.checkId,
        status: result.status,
        evaluatedAt: result.evaluatedAt.toISOString(),
      })),
    };
  }
}

/**
 * Evidence that belongs to a period: collected in it, seen by a run in it (identical content is stored once, so a
 * snapshot first collected earlier is still the one a run of the period read), or a manual upload valid during it.
 */
export function evidenceSeenIn(window: AuditWindowRange): Prisma.EvidenceWhereInput {
  const range = narrowToWindow({}, window);
  const inWindow = { gte: range.from, lt: range.to };
  return {
    OR: [
      { collectedAt: inWindow },
      { runs: { some: { collectedAt: inWindow } } },
      { kind: 'manual.upload', collectedAt: { lt: window.to }, validUntil: { gt: window.from } },
    ],
  };
}
