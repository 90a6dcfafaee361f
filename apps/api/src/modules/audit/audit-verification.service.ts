import { Injectable } from '@nestjs/common';
import type { AuditVerification } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { LedgerVerifier } from '@kushim/ledger';
import { DatabaseService } from '@/infra/database/database.service';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';
import { AuditEventRepository } from './audit-event.repository';
import { toLedgerEvent } from './audit-event.row';
import { LedgerCheckpointRepository } from './ledger-checkpoint.repository';

/** Links read per transaction while verifying: bounded memory and short transactions for any chain length. */
const VERIFY_PAGE_SIZE = 1_000;

/**
 * Re-derives every hash of an organization's chain from the stored events, and checks the signed checkpoints: their
 * signatures, their own chain (each names the previous signature), and that the chain still has each checkpointed
 * hash at its seq (which exposes a rewrite that recomputed every later hash, and a truncated tail).
 */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly database: DatabaseService,
    private readonly events: AuditEventRepository,
    private readonly checkpoints: LedgerCheckpointRepository,
    private readonly keys: LedgerKeysService,
  ) {}

  async verify(orgId: OrgId): Promise<AuditVerification> {
    const checkpoints = await this.database.tenant(orgId, (tx) => this.checkpoints.findAll(tx, orgId));
    // The same verifier as `kushim-verify` (packages/ledger), fed from the database in pages.
    const verifier = new LedgerVerifier({ checkpoints, publicKeys: await this.keys.publicKeys() });
    let afterSeq = 0;
    for (;;) {
      const rows = await this.database.tenant(orgId, (tx) =>
        this.events.findChainAfter(tx, orgId, afterSeq, VERIFY_PAGE_SIZE),
      );
      const last = rows.at(-1);
      if (!last || !verifier.push(rows.map(toLedgerEvent))) {
        break;
      }
      afterSeq = last.seq;
    }

    const ledger = verifier.result();
    return ledger.valid
      ? {
          valid: true,
          lastSeq: ledger.lastSeq,
          lastHash: ledger.lastHash,
          checkpointsVerified: ledger.checkpointsVerified,
        }
      : { valid: false, brokenAtSeq: ledger.brokenAtSeq, reason: ledger.reason };
  }
}
