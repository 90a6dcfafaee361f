import { Injectable } from '@nestjs/common';
import { asOrgId, type OrgId } from '@kushim/db';
import { checkpointPayload, signCheckpoint, type SignedCheckpoint } from '@kushim/ledger';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { LedgerKeysService, type LedgerSigningKey } from '@/infra/ledger/ledger-keys.service';
import { AuditEventRepository } from './audit-event.repository';
import { LedgerCheckpointRepository } from './ledger-checkpoint.repository';

export interface CheckpointRunSummary {
  /** Organizations whose chain had advanced past their last checkpoint when the run started. */
  advanced: number;
  signed: SignedCheckpoint[];
}

/**
 * Signs each organization's latest chain hash. Checkpoints are NOT audit events: appending one would advance the
 * chain it attests and leave it forever one event behind. The LedgerCheckpoint row is the record (docs/ledger.md).
 */
@Injectable()
export class LedgerCheckpointService {
  constructor(
    private readonly database: DatabaseService,
    private readonly keys: LedgerKeysService,
    private readonly events: AuditEventRepository,
    private readonly checkpoints: LedgerCheckpointRepository,
    private readonly clock: Clock,
  ) {}

  async checkpointAdvancedOrganizations(): Promise<CheckpointRunSummary> {
    const key = await this.keys.signingKey();
    const orgIds = await this.organizationsAhead();
    const signed: SignedCheckpoint[] = [];
    for (const orgId of orgIds) {
      const checkpoint = await this.checkpointOrganization(orgId, key);
      if (checkpoint) {
        signed.push(checkpoint);
      }
    }
    return { advanced: orgIds.length, signed };
  }

  /**
   * Signs `orgId`'s chain head unless its last checkpoint already covers it. Idempotent and safe to run twice at
   * once: a per-organization lock makes the second run see the first one's checkpoint and sign nothing, so the
   * checkpoints of an organization never fork.
   */
  async checkpointOrganization(orgId: OrgId, key: LedgerSigningKey): Promise<SignedCheckpoint | null> {
    return this.database.tenant(orgId, async (tx) => {
      await this.checkpoints.lockCheckpoints(tx, orgId);
      const head = await this.events.lastLink(tx, orgId);
      const previous = await this.checkpoints.findLatest(tx, orgId);
      if (!head || (previous && previous.seq >= head.seq)) {
        return null;
      }
      const fields = {
        organizationId: orgId,
        seq: head.seq,
        hash: head.hash,
        signedAt: this.clock.now(),
        keyId: key.keyId,
        prevSignature: previous?.signature ?? null,
      };
      const checkpoint = { ...fields, signature: signCheckpoint(checkpointPayload(fields), key.privateKey) };
      await this.checkpoints.insert(tx, checkpoint);
      return checkpoint;
    });
  }

  /** Cross-tenant (owner role): organizations whose newest event is past their newest checkpoint. */
  private async organizationsAhead(): Promise<OrgId[]> {
    const rows = await this.database.system.$queryRaw<{ organizationId: string }[]>`
      select e."organizationId"::text as "organizationId"
      from (select "organizationId", max("seq") as seq from "AuditEvent" group by "organizationId") e
      left join (select "organizationId", max("seq") as seq from "LedgerCheckpoint" group by "organizationId") c
        on c."organizationId" = e."organizationId"
      where c.seq is null or e.seq > c.seq
      order by e."organizationId"`;
    return rows.map((row) => asOrgId(row.organizationId));
  }
}
