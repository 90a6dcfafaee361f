import type { Severity } from '@kushim/integrations';

/** Days to fix a failing check, by severity (the organization may change them in its notification settings). */
export type SlaDays = Record<Severity, number>;

export const DEFAULT_SLA_DAYS: SlaDays = { critical: 7, high: 30, medium: 90, low: 180 };

const DAY_MS = 86_400_000;

export interface SlaStanding {
  failingSince: Date;
  dueAt: Date;
  overdue: boolean;
  /** Whole days past the due date (0 while not overdue). */
  daysOverdue: number;
}

/** A failing check's remediation SLA: due `slaDays[severity]` days after it started failing; OVERDUE after that. */
export function slaStanding(
  failingSince: Date,
  severity: Severity,
  slaDays: SlaDays,
  now: Date,
): SlaStanding {
  const dueAt = new Date(failingSince.getTime() + slaDays[severity] * DAY_MS);
  const overdue = now.getTime() > dueAt.getTime();
  return {
    failingSince,
    dueAt,
    overdue,
    daysOverdue: overdue ? Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS) : 0,
  };
}

/** Settings JSON → SlaDays, each missing or invalid entry falling back to the default. */
export function slaDaysFrom(value: unknown): SlaDays {
  const source = (value ?? {}) as Partial<Record<Severity, unknown>>;
  const pick = (severity: Severity) => {
    const days = source[severity];
    return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : DEFAULT_SLA_DAYS[severity];
  };
  return { critical: pick('critical'), high: pick('high'), medium: pick('medium'), low: pick('low') };
}

const rank: Record<Severity, number> = { critical: 3, high: 2, medium: 1, low: 0 };

/** Whether `severity` is at or above `minimum` (critical > high > medium > low). */
export function atLeast(severity: Severity, minimum: Severity): boolean {
  return rank[severity] >= rank[minimum];
}
