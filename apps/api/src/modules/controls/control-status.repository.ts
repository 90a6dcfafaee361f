import { Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import { v7 as uuidv7 } from 'uuid';
import type { ControlStatusName } from '@/modules/checks/check-evaluation';
import type { ControlStatusRow } from './control-status.row';

const statusColumns = {
  controlId: true,
  status: true,
  ownerUserId: true,
  passingChecks: true,
  failingChecks: true,
  evaluatedAt: true,
} as const;

/**
 * The organization's ControlStatus rows. Always called inside DatabaseService.tenant: row-level security limits
 * every query to the current organization, so no organization filter is needed (or trusted) here.
 */
@Injectable()
export class ControlStatusRepository {
  /** All of the organization's status rows (at most one per catalog control), keyed by control id. */
  async findAll(tx: DbTx): Promise<Map<string, ControlStatusRow>> {
    const rows = await tx.controlStatus.findMany({ select: statusColumns });
    return new Map(rows.map((row) => [row.controlId, row]));
  }

  async findOne(
    tx: DbTx,
    controlId: string,
  ): Promise<(ControlStatusRow & { applicabilityReason: string | null; notes: string | null }) | null> {
    return tx.controlStatus.findFirst({
      where: { controlId },
      select: { ...statusColumns, applicabilityReason: true, notes: true },
    });
  }

  /** Each control's status at `at`: the `toStatus` of its last transition before then (controls without one: absent). */
  async statusesAt(
    tx: DbTx,
    orgId: OrgId,
    at: Date,
  ): Promise<Map<string, { status: ControlStatusName; at: Date }>> {
    const rows = await tx.$queryRaw<{ controlId: string; toStatus: ControlStatusName; occurredAt: Date }[]>`
      select distinct on ("controlId") "controlId", "toStatus"::text as "toStatus", "occurredAt"
      from "ControlTransition"
      where "organizationId" = ${orgId}::uuid and "occurredAt" < ${at}
      order by "controlId", "occurredAt" desc, "id" desc`;
    return new Map(rows.map((row) => [row.controlId, { status: row.toStatus, at: row.occurredAt }]));
  }

  /** Every computed status in one statement; the org's own columns (owner, applicability, notes) are left alone. */
  async upsertComputed(
    tx: DbTx,
    orgId: OrgId,
    evaluatedAt: Date,
    statuses: readonly { controlId: string; status: ControlStatusName; passing: number; failing: number }[],
  ): Promise<void> {
    if (statuses.length === 0) {
      return;
    }
    const rows = JSON.stringify(statuses.map((s) => ({ id: uuidv7(), ...s })));
    await tx.$executeRaw`
      insert into "ControlStatus"
        ("id", "organizationId", "controlId", "status", "passingChecks", "failingChecks", "evaluatedAt", "updatedAt")
      select r.id, ${orgId}::uuid, r."controlId", r.status::"ControlStatusValue", r.passing, r.failing,
             ${evaluatedAt}, ${evaluatedAt}
      from jsonb_to_recordset(${rows}::jsonb)
        as r(id uuid, "controlId" text, status text, passing int, failing int)
      on conflict ("organizationId", "controlId") do update set
        "status" = excluded."status",
        "passingChecks" = excluded."passingChecks",
        "failingChecks" = excluded."failingChecks",
        "evaluatedAt" = excluded."evaluatedAt",
        "updatedAt" = excluded."updatedAt"`;
  }
}
