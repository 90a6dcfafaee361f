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

/**
 * Each check's remediation SLA as it stood at the end of an audit window: the clock starts at the first FAIL after
 * the check's last PASS (or NOT_APPLICABLE) before the window's end, so `overdue` says whether the fix was late by
 * then — whether the SLA was breached inside the period. SLA days are the organization's current settings.
 */
export async function readCheckSlasAt(
  tx: DbTx,
  orgId: OrgId,
  checkIds: readonly string[],
  severityOf: (checkId: string) => Severity | undefined,
  at: Date,
): Promise<Map<string, CheckSla>> {
  const [streaks, settings] = await Promise.all([
    tx.$queryRaw<{ checkId: string; failingSince: Date | null }[]>`
      select c.id as "checkId", (
        select min(f."evaluatedAt") from "CheckResult" f
        where f."organizationId" = ${orgId}::uuid and f."checkId" = c.id and f.status = 'FAIL'
          and f."evaluatedAt" < ${at}
          and f."evaluatedAt" > coalesce((
            select max(p."evaluatedAt") from "CheckResult" p
            where p."organizationId" = ${orgId}::uuid and p."checkId" = c.id
              and p.status in ('PASS', 'NOT_APPLICABLE') and p."evaluatedAt" < ${at}
          ), '-infinity'::timestamptz)
      ) as "failingSince"
      from unnest(${[...checkIds]}::text[]) as c(id)`,
    tx.notificationSettings.findUnique({ where: { organizationId: orgId }, select: { slaDays: true } }),
  ]);
  const days = slaDaysFrom(settings?.slaDays);
  const slas = new Map<string, CheckSla>();
  for (const { checkId, failingSince } of streaks) {
    const severity = severityOf(checkId);
    if (!severity || !failingSince) {
      continue;
    }
    const standing = slaStanding(failingSince, severity, days, at);
    slas.set(checkId, {
      failingSince: standing.failingSince.toISOString(),
      dueAt: standing.dueAt.toISOString(),
      overdue: standing.overdue,
      daysOverdue: standing.daysOverdue,
    });
  }
  return slas;
}
