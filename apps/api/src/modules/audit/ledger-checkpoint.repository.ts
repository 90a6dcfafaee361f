import { Injectable } from '@nestjs/common';
import type { DbTx, LedgerCheckpoint, OrgId } from '@kushim/db';
import type { SignedCheckpoint } from '@kushim/ledger';

export function toSignedCheckpoint(row: LedgerCheckpoint): SignedCheckpoint {
  return {
    organizationId: row.organizationId,
    seq: row.seq,
    hash: row.hash,
    signedAt: row.signedAt,
    keyId: row.keyId,
    prevSignature: row.prevSignature,
    signature: row.signature,
  };
}

/** Namespace of the advisory lock that serialises checkpointing of one organization (distinct from appends). */
const CHECKPOINT_LOCK_CLASS = 0x4b534d02;

/** LedgerCheckpoint rows of one organization, inside its tenant transaction. Append-only, like the chain. */
@Injectable()
export class LedgerCheckpointRepository {
  async lockCheckpoints(tx: DbTx, orgId: OrgId): Promise<void> {
    await tx.$executeRaw`select pg_advisory_xact_lock(${CHECKPOINT_LOCK_CLASS}::int4, hashtext(${orgId}))`;
  }

  /** In signing order (seq strictly increases from one checkpoint to the next). */
  async findAll(tx: DbTx, orgId: OrgId): Promise<SignedCheckpoint[]> {
    const rows = await tx.ledgerCheckpoint.findMany({
      where: { organizationId: orgId },
      orderBy: [{ seq: 'asc' }, { signedAt: 'asc' }],
    });
    return rows.map(toSignedCheckpoint);
  }

  async findLatest(tx: DbTx, orgId: OrgId): Promise<SignedCheckpoint | null> {
    const row = await tx.ledgerCheckpoint.findFirst({
      where: { organizationId: orgId },
      orderBy: [{ seq: 'desc' }, { signedAt: 'desc' }],
    });
    return row ? toSignedCheckpoint(row) : null;
  }

  async insert(tx: DbTx, checkpoint: SignedCheckpoint): Promise<void> {
    await tx.ledgerCheckpoint.create({
      data: {
        organizationId: checkpoint.organizationId,
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        signedAt: new Date(checkpoint.signedAt),
        keyId: checkpoint.keyId,
        prevSignature: checkpoint.prevSignature,
        signature: checkpoint.signature,
      },
      select: { id: true },
    });
  }
}
