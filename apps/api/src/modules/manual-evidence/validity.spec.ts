import { describe, expect, it } from 'vitest';
import { defaultValidUntil, validityOf } from './validity';

describe('defaultValidUntil', () => {
  it('adds one period of the control frequency', () => {
    expect(defaultValidUntil('2026-03-15', 'annual')).toBe('2027-03-15');
    expect(defaultValidUntil('2026-03-15', 'quarterly')).toBe('2026-06-15');
    expect(defaultValidUntil('2026-03-15', 'semi-annual')).toBe('2026-09-15');
    expect(defaultValidUntil('2026-03-15', 'monthly')).toBe('2026-04-15');
    expect(defaultValidUntil('2026-03-15', 'weekly')).toBe('2026-03-22');
    expect(defaultValidUntil('2026-03-15', 'daily')).toBe('2026-03-16');
    expect(defaultValidUntil('2026-03-15', 'continuous')).toBe('2027-03-15');
    expect(defaultValidUntil('2026-03-15', 'event-driven')).toBe('2027-03-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(defaultValidUntil('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(defaultValidUntil('2028-02-29', 'annual')).toBe('2029-02-28');
    expect(defaultValidUntil('2026-11-30', 'quarterly')).toBe('2027-02-28');
  });
});

describe('validityOf', () => {
  const today = '2026-11-22';

  it('defaults the interval from the activity date and the frequency', () => {
    expect(validityOf({ activityDate: '2026-10-01' }, 'quarterly', today)).toEqual({
      ok: true,
      validFrom: '2026-10-01',
      validUntil: '2027-01-01',
    });
  });

  it('keeps explicit dates, including an interval already over (evidence of a past period)', () => {
    expect(
      validityOf(
        { activityDate: '2025-01-10', validFrom: '2025-01-01', validUntil: '2025-12-31' },
        'annual',
        today,
      ),
    ).toEqual({ ok: true, validFrom: '2025-01-01', validUntil: '2025-12-31' });
  });

  it('names the field that is wrong', () => {
    expect(validityOf({ activityDate: '2026-11-23' }, 'annual', today)).toEqual({
      ok: false,
      field: 'activityDate',
      message: 'cannot be in the future',
    });
    expect(
      validityOf({ activityDate: '2026-05-01', validUntil: '2026-05-01' }, 'annual', today),
    ).toMatchObject({
      ok: false,
      field: 'validUntil',
    });
  });
});
