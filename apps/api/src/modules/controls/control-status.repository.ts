import { Injectable } from '@nestjs/common';
import type { DbTx } from '@kushim/db';
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
}
