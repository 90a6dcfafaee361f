import { Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import { GENESIS_HASH, type ChainedLedgerEvent, type SignedCheckpoint } from '@kushim/ledger';
import { toLedgerEvent } from '@/modules/audit/audit-event.row';
import { toSignedCheckpoint } from '@/modules/audit/ledger-checkpoint.repository';

export interface LedgerSegment {
  /** The link the events continue: the opening checkpoint's (seq, hash), or (0, GENESIS_HASH). */
  start: { seq: number; hash: string };
  events: ChainedLedgerEvent[];
  /** From the opening checkpoint (when there is one) to the closing one, in signing order. */
  checkpoints: SignedCheckpoint[];
}

/**
 * The excerpt of an organization's chain an export carries: from just after the last checkpoint preceding both the
 * period and every seal the package relies on, to the closing checkpoint signed over the export's own event. Both
 * ends are signed, so nothing inside can be removed or rewritten unnoticed (docs/ledger.md "The export").
 */
@Injectable()
export class ExportLedgerSegment {
  async read(
    tx: DbTx,
    orgId: OrgId,
    needs: { periodFrom: Date; sealedEvidenceIds: readonly string[]; closingSeq: number },
  ): Promise<LedgerSegment> {
    const firstInPeriod = await tx.auditEvent.findFirst({
      where: { organizationId: orgId, occurredAt: { gte: needs.periodFrom } },
      orderBy: { seq: 'asc' },
      select: { seq: true },
    });
    const seals =
      needs.sealedEvidenceIds.length === 0
        ? []
        : await tx.auditEvent.findMany({
            where: {
              organizationId: orgId,
              action: 'evidence.uploaded',
              targetType: 'evidence',
              targetId: { in: [...needs.sealedEvidenceIds] },
            },
            select: { seq: true },
          });
    const mustStartBy = Math.min(
      firstInPeriod?.seq ?? needs.closingSeq,
      ...seals.map((row) => row.seq),
      needs.closingSeq,
    );
    const opening = await tx.ledgerCheckpoint.findFirst({
      where: { organizationId: orgId, seq: { lt: mustStartBy } },
      orderBy: [{ seq: 'desc' }, { signedAt: 'desc' }],
    });
    const start = opening ? { seq: opening.seq, hash: opening.hash } : { seq: 0, hash: GENESIS_HASH };
    const events = await tx.auditEvent.findMany({
      where: { organizationId: orgId, seq: { gt: start.seq, lte: needs.closingSeq } },
      orderBy: { seq: 'asc' },
    });
    const checkpoints = await tx.ledgerCheckpoint.findMany({
      where: { organizationId: orgId, seq: { gte: opening?.seq ?? 0, lte: needs.closingSeq } },
      orderBy: [{ seq: 'asc' }, { signedAt: 'asc' }],
    });
    return { start, events: events.map(toLedgerEvent), checkpoints: checkpoints.map(toSignedCheckpoint) };
  }
}
