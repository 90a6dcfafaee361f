import type { ControlFrequency } from '@kushim/catalog';

/**
 * How long one piece of manual evidence counts by default: one period of the control's frequency from the activity
 * date (a quarterly access review proves a quarter). Continuous and event-driven controls are sampled by auditors
 * over the year, so a document showing them at work counts for twelve months.
 */
const PERIOD: Record<ControlFrequency, { months?: number; days?: number }> = {
  continuous: { months: 12 },
  daily: { days: 1 },
  weekly: { days: 7 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  'semi-annual': { months: 6 },
  annual: { months: 12 },
  'event-driven': { months: 12 },
};

/** A calendar date (YYYY-MM-DD) as the instant it starts, UTC. */
export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** `date` plus one period of `frequency`, as a calendar date. Month arithmetic clamps to the month's last day. */
export function defaultValidUntil(date: string, frequency: ControlFrequency): string {
  const start = startOfDay(date);
  const { months = 0, days = 0 } = PERIOD[frequency];
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay) + days);
  return target.toISOString().slice(0, 10);
}

export interface ValidityInput {
  activityDate: string;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

export type ValidityVerdict =
  | { ok: true; validFrom: string; validUntil: string }
  | { ok: false; field: 'activityDate' | 'validFrom' | 'validUntil'; message: string };

/**
 * The validity interval [validFrom, validUntil) of an upload. The activity cannot be in the future; the interval
 * must not be empty. Evidence whose interval has already ended is accepted: it documents a past period (an audit
 * window) even though it no longer makes the control pass today.
 */
export function validityOf(
  input: ValidityInput,
  frequency: ControlFrequency,
  today: string,
): ValidityVerdict {
  if (input.activityDate > today) {
    return { ok: false, field: 'activityDate', message: 'cannot be in the future' };
  }
  const validFrom = input.validFrom ?? input.activityDate;
  const validUntil = input.validUntil ?? defaultValidUntil(input.activityDate, frequency);
  if (validUntil <= validFrom) {
    return { ok: false, field: 'validUntil', message: 'must be after validFrom (or the activity date)' };
  }
  return { ok: true, validFrom, validUntil };
}
