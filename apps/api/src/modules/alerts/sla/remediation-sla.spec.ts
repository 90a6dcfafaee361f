import { describe, expect, it } from 'vitest';
import { atLeast, DEFAULT_SLA_DAYS, slaDaysFrom, slaStanding } from './remediation-sla';

const since = new Date('2026-01-01T00:00:00Z');
const day = 86_400_000;

describe('slaStanding', () => {
  it('is due severity-days after the check started failing, and overdue only after that', () => {
    const onTime = slaStanding(since, 'critical', DEFAULT_SLA_DAYS, new Date(since.getTime() + 7 * day));
    expect(onTime).toMatchObject({ dueAt: new Date('2026-01-08T00:00:00Z'), overdue: false, daysOverdue: 0 });
    const late = slaStanding(since, 'critical', DEFAULT_SLA_DAYS, new Date(since.getTime() + 10 * day + 1));
    expect(late).toMatchObject({ overdue: true, daysOverdue: 3 });
    expect(slaStanding(since, 'low', DEFAULT_SLA_DAYS, new Date(since.getTime() + 100 * day)).overdue).toBe(
      false,
    );
  });

  it('uses the organization’s own days', () => {
    const days = { ...DEFAULT_SLA_DAYS, high: 2 };
    expect(slaStanding(since, 'high', days, new Date(since.getTime() + 3 * day)).overdue).toBe(true);
  });
});

describe('slaDaysFrom', () => {
  it('falls back to the default for missing or invalid entries', () => {
    expect(slaDaysFrom({ critical: 3, high: 0, medium: 'x' })).toEqual({
      critical: 3,
      high: 30,
      medium: 90,
      low: 180,
    });
    expect(slaDaysFrom(null)).toEqual(DEFAULT_SLA_DAYS);
  });
});

describe('atLeast', () => {
  it('orders severities critical > high > medium > low', () => {
    expect(atLeast('critical', 'high')).toBe(true);
    expect(atLeast('high', 'high')).toBe(true);
    expect(atLeast('medium', 'high')).toBe(false);
    expect(atLeast('low', 'low')).toBe(true);
  });
});
