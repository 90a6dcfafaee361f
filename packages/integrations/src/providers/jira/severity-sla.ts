import type { CheckSettings } from '../../core/check';
import type { JiraSlaTicket } from './evidence';

export type SlaSeverity = 'critical' | 'high' | 'medium' | 'low';

/** Remediation SLAs in days by severity (organization setting `remediationSlaDays`). */
export const defaultSlaDays: Record<SlaSeverity, number> = { critical: 7, high: 30, medium: 90, low: 180 };

/** Jira's default priority scheme mapped to severities (organization setting `jiraPrioritySeverity` overrides). */
export const defaultPrioritySeverity: Record<string, SlaSeverity> = {
  highest: 'critical',
  critical: 'critical',
  blocker: 'critical',
  high: 'high',
  major: 'high',
  medium: 'medium',
  low: 'low',
  minor: 'low',
  lowest: 'low',
  trivial: 'low',
};

const isSeverity = (v: unknown): v is SlaSeverity =>
  v === 'critical' || v === 'high' || v === 'medium' || v === 'low';

export function slaDays(settings: CheckSettings): Record<SlaSeverity, number> {
  const raw = settings.remediationSlaDays;
  const configured = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = (s: SlaSeverity) => {
    const days = configured[s];
    return typeof days === 'number' && days > 0 ? days : defaultSlaDays[s];
  };
  return { critical: pick('critical'), high: pick('high'), medium: pick('medium'), low: pick('low') };
}

/** The ticket's severity: the severity field when set, else its priority; unknown values count as high (fail safe). */
export function severityOf(ticket: JiraSlaTicket, settings: CheckSettings): SlaSeverity {
  const raw = settings.jiraPrioritySeverity;
  const overrides = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const label = (ticket.severity ?? ticket.priority ?? '').trim();
  const override = overrides[label];
  if (isSeverity(override)) {
    return override;
  }
  const lower = label.toLowerCase();
  if (isSeverity(lower)) {
    return lower;
  }
  return defaultPrioritySeverity[lower] ?? 'high';
}

const dayMs = 86_400_000;

/** Whether a ticket was (or, still open, is) within its SLA at `now`, with a reason naming it. */
export function judgeSla(
  ticket: JiraSlaTicket,
  settings: CheckSettings,
  now: Date,
): { passed: boolean; reason: string } {
  const severity = severityOf(ticket, settings);
  const limit = slaDays(settings)[severity];
  const end = ticket.resolved ? new Date(ticket.resolved) : now;
  const days = Math.floor((end.getTime() - new Date(ticket.created).getTime()) / dayMs);
  const what = `${ticket.key} (${severity}, SLA ${limit} days)`;
  if (ticket.resolved) {
    return days <= limit
      ? { passed: true, reason: `${what} was resolved in ${days} days.` }
      : { passed: false, reason: `${what} took ${days} days to resolve.` };
  }
  return days <= limit
    ? { passed: true, reason: `${what} is open for ${days} days, within its SLA.` }
    : { passed: false, reason: `${what} is still open after ${days} days.` };
}
