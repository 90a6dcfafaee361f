import { describe, expect, it } from 'vitest';
import { digestDue, localDateTime } from './digest-schedule';

describe('localDateTime', () => {
  it('reads the wall clock in the organization’s time zone, across DST and date lines', () => {
    expect(localDateTime(new Date('2026-07-01T07:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2026-07-01',
      time: '09:30',
    });
    expect(localDateTime(new Date('2026-01-01T07:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2026-01-01',
      time: '08:30',
    });
    expect(localDateTime(new Date('2026-03-01T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2026-03-02',
      time: '08:30',
    });
    expect(localDateTime(new Date('2026-03-01T00:15:00Z'), 'UTC')).toEqual({
      date: '2026-03-01',
      time: '00:15',
    });
  });
});

describe('digestDue', () => {
  it('is due from the configured local time on, for that local date', () => {
    expect(digestDue(new Date('2026-07-01T06:59:00Z'), 'Europe/Paris', '09:00')).toEqual({
      due: false,
      date: '2026-07-01',
    });
    expect(digestDue(new Date('2026-07-01T07:00:00Z'), 'Europe/Paris', '09:00')).toEqual({
      due: true,
      date: '2026-07-01',
    });
    expect(digestDue(new Date('2026-07-01T22:00:00Z'), 'America/New_York', '18:00')).toEqual({
      due: true,
      date: '2026-07-01',
    });
  });
});
