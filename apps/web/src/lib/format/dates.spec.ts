import { describe, expect, it } from 'vitest';

import { formatDate, formatDateTime, formatRelative } from './dates';

describe('dates', () => {
  it('shows times in UTC with the zone named', () => {
    expect(formatDateTime('2026-11-22T14:05:00.000Z')).toBe('Nov 22, 2026, 2:05 PM UTC');
    expect(formatDate('2026-11-22T23:59:00.000Z')).toBe('Nov 22, 2026');
    expect(formatDateTime(null)).toBe('—');
  });

  it('describes past and future times relative to now', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(formatRelative('2026-11-22T11:57:00Z', now)).toBe('3 minutes ago');
    expect(formatRelative('2026-11-22T14:00:00Z', now)).toBe('in 2 hours');
    expect(formatRelative('2026-11-21T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-22T11:59:50Z', now)).toBe('just now');
  });
});
