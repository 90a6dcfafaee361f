import type { CheckSla } from '@kushim/contracts';
import type { DbTx, OrgId } from '@kushim/db';
import type { Severity } from '@kushim/integrations';
import { slaDaysFrom, slaStanding } from './remediation-sla';

/**
 * Each failing check's remediation SLA for this organization, by check id (its own SLA days, or the defaults).
 * A check that went inconclusive keeps its clock: missing evidence is not a fix.
 */
export async function readCheckSlas(
  tx: DbTx,
  orgId: OrgId,
  severityOf: (checkId: string) => Severity | undefined,
  now: Date,
): Promise<Map<string, CheckSla>> {
  const [states, settings] = await Promise.all([
    tx.checkState.findMany({
      where: { organizationId: orgId, failingSince: { not: null } },
      select: { checkId: true, failingSince: true },
    }),
    tx.notificationSettings.findUnique({ where: { organizationId: orgId }, select: { slaDays: true } }),
  ]);
  const days = slaDaysFrom(settings?.slaDays);
  const slas = new Map<string, CheckSla>();
  for (const state of states) {
    const severity = severityOf(state.checkId);
    if (!severity || !state.failingSince) {
      continue;
    }
    const standing = slaStanding(state.failingSince, severity, days, now);
    slas.set(state.checkId, {
      failingSince: standing.failingSince.toISOString(),
      dueAt: standing.dueAt.toISOString(),
      overdue: standing.overdue,
      daysOverdue: standing.daysOverdue,
    });
  }
  return slas;
}
