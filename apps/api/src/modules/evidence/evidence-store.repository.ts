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

/** Identity of a snapshot within one integration: its kind and content hash. */
const snapshotKey = (row: { kind: string; contentHash: string }) => `${row.kind}\u0000${row.contentHash}`;

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
    // INSERT … ON CONFLICT DO NOTHING RETURNING: the rows it returns are the new ones. Only content stored before
    // needs a second statement, to find the rows to link.
    const inserted = await tx.evidence.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true, kind: true, contentHash: true },
    });
    const insertedKeys = new Set(inserted.map(snapshotKey));
    const seenBefore = rows.filter((row) => !insertedKeys.has(snapshotKey(row)));
    const existing =
      seenBefore.length > 0 ? await this.find(tx, orgId, target.integrationId, seenBefore) : [];
    const stored = [
      ...inserted.map((row) => ({ ...row, isNew: true })),
      ...existing.map((row) => ({ ...row, isNew: false })),
    ];
    const seenAt = new Map(rows.map((row) => [snapshotKey(row), row.collectedAt] as const));
    await tx.runEvidence.createMany({
      data: stored.map((row) => ({
        organizationId: orgId,
        runId: target.runId,
        evidenceId: row.id,
        integrationId: target.integrationId,
        kind: row.kind,
        collectedAt: seenAt.get(snapshotKey(row)) ?? new Date(),
      })),
      skipDuplicates: true,
    });
    return stored;
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
