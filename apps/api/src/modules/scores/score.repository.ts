import { Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import type { ScoredControl } from './score-math';

/** The organization's view of every catalog control: its status (no row → NEEDS_EVIDENCE) and criterion families. */
@Injectable()
export class ScoreRepository {
  async scoredControls(tx: DbTx, orgId: OrgId): Promise<ScoredControl[]> {
    const controls = await tx.control.findMany({
      select: { id: true, criteria: { select: { criterion: { select: { family: true } } } } },
      orderBy: { sortOrder: 'asc' },
    });
    const statuses = await tx.controlStatus.findMany({
      where: { organizationId: orgId },
      select: { controlId: true, status: true },
    });
    const statusOf = new Map(statuses.map((row) => [row.controlId, row.status] as const));
    return controls.map((control) => ({
      controlId: control.id,
      status: statusOf.get(control.id) ?? 'NEEDS_EVIDENCE',
      families: [...new Set(control.criteria.map((c) => c.criterion.family))].sort(),
    }));
  }
}
