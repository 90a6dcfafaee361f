import type { CheckSummary } from '@kushim/contracts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

export type FailingGroup = { severity: SeverityName; checks: CheckSummary[] };

/** Checks whose latest result fails, grouped by severity (most severe first), overdue ones first in a group. */
export function failingBySeverity(checks: readonly CheckSummary[]): FailingGroup[] {
  const failing = checks.filter((check) => check.latest?.status === 'FAIL');
  return SEVERITIES.map((severity) => ({
    severity,
    checks: failing
      .filter((check) => check.severity === severity)
      .sort(
        (a, b) =>
          Number(b.sla?.overdue ?? false) - Number(a.sla?.overdue ?? false) ||
          (b.sla?.daysOverdue ?? 0) - (a.sla?.daysOverdue ?? 0) ||
          a.id.localeCompare(b.id),
      ),
  }));
}

/** Failing checks past their remediation SLA, the longest overdue first. */
export function overdueChecks(checks: readonly CheckSummary[]): CheckSummary[] {
  return checks
    .filter((check) => check.latest?.status === 'FAIL' && check.sla?.overdue)
    .sort((a, b) => (b.sla?.daysOverdue ?? 0) - (a.sla?.daysOverdue ?? 0) || a.id.localeCompare(b.id));
}
