import { Injectable } from '@nestjs/common';
import type { EvidenceSnapshot } from '@kushim/integrations';
import { Prisma, type DbTx, type OrgId } from '@kushim/db';
import { evidenceContentHash } from './evidence-hash';

export interface StoredEvidence {
  id: string;
  kind: string;
  contentHash: string;
  isNew: boolean;
}

/**
 * Stores a collector's snapshots: insert-if-absent by (organization, integration, kind, SHA-256), so content seen
 * before is not stored twice, then links every snapshot (new or not) to the run. Safe to repeat (a retried job).
 */
@Injectable()
export class EvidenceStore {
  async store(
    tx: DbTx,
    orgId: OrgId,
    target: { runId: string; integrationId: string },
    snapshots: readonly EvidenceSnapshot[],
  ): Promise<StoredEvidence[]> {
    if (snapshots.length === 0) {
      return [];
    }
    const rows = snapshots.map((snapshot) => ({
      organizationId: orgId,
      integrationId: target.integrationId,
      runId: target.runId,
      kind: snapshot.kind,
      contentHash: evidenceContentHash(snapshot.content),
      content: snapshot.content as Prisma.InputJsonValue,
      collectedAt: new Date(snapshot.collectedAt),
    }));
    const existingBefore = await this.find(tx, orgId, target.integrationId, rows);
    await tx.evidence.createMany({ data: rows, skipDuplicates: true });
    const stored = await this.find(tx, orgId, target.integrationId, rows);
    const known = new Set(existingBefore.map((row) => row.id));
    const seenAt = new Map(
      rows.map((row) => [`${row.kind}\u0000${row.contentHash}`, row.collectedAt] as const),
    );
    await tx.runEvidence.createMany({
      data: stored.map((row) => ({
        organizationId: orgId,
        runId: target.runId,
        evidenceId: row.id,
        integrationId: target.integrationId,
        kind: row.kind,
        collectedAt: seenAt.get(`${row.kind}\u0000${row.contentHash}`) ?? new Date(),
      })),
      skipDuplicates: true,
    });
    return stored.map((row) => ({
      id: row.id,
      kind: row.kind,
      contentHash: row.contentHash,
      isNew: !known.has(row.id),
    }));
  }

  private find(
    tx: DbTx,
    orgId: OrgId,
    integrationId: string,
    rows: ReadonlyArray<{ kind: string; contentHash: string }>,
  ): Promise<Array<{ id: string; kind: string; contentHash: string }>> {
    return tx.evidence.findMany({
      where: {
        organizationId: orgId,
        integrationId,
        OR: rows.map((row) => ({ kind: row.kind, contentHash: row.contentHash })),
      },
      select: { id: true, kind: true, contentHash: true },
    });
  }
}
