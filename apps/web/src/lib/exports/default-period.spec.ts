import { describe, expect, it } from 'vitest';

import { defaultPeriod, formatBytes, fromUtcInput, toUtcInput } from './default-period';

const now = new Date('2026-11-22T15:00:00.000Z');

describe('export period', () => {
  it('is the audit window, with its end clamped to now', () => {
    expect(defaultPeriod(now, { from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toEqual({
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-22T15:00:00.000Z',
    });
  });

  it('is the last 90 days without a window', () => {
    expect(defaultPeriod(now, null)).toEqual({
      from: '2026-08-24T15:00:00.000Z',
      to: '2026-11-22T15:00:00.000Z',
    });
  });

  it('round-trips UTC input values and refuses malformed ones', () => {
    expect(toUtcInput('2026-11-22T15:04:59.000Z')).toBe('2026-11-22T15:04');
    expect(fromUtcInput('2026-11-22T15:04')).toBe('2026-11-22T15:04:00.000Z');
    expect(fromUtcInput('yesterday')).toBeUndefined();
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(98_765)).toBe('96.5 KB');
    expect(formatBytes(null)).toBe('—');
  });
});
