import { describe, expect, it } from 'vitest';
import { isInWindow, narrowToWindow, timeFilter } from './audit-window';

const d = (iso: string) => new Date(iso);
const window = { from: d('2026-01-01T00:00:00Z'), to: d('2026-07-01T00:00:00Z') };

describe('the audit window', () => {
  it('narrows a filter to the window: the later start and the earlier end', () => {
    expect(narrowToWindow({}, window)).toEqual(window);
    expect(
      narrowToWindow({ from: d('2025-06-01T00:00:00Z'), to: d('2026-03-01T00:00:00Z') }, window),
    ).toEqual({
      from: window.from,
      to: d('2026-03-01T00:00:00Z'),
    });
    expect(narrowToWindow({ from: d('2026-02-01T00:00:00Z') }, null)).toEqual({
      from: d('2026-02-01T00:00:00Z'),
    });
  });

  it('includes the start and excludes the end', () => {
    expect(isInWindow(window.from, window)).toBe(true);
    expect(isInWindow(window.to, window)).toBe(false);
    expect(isInWindow(d('2020-01-01T00:00:00Z'), null)).toBe(true);
  });

  it('builds a Prisma time filter only when a bound is given', () => {
    expect(timeFilter({})).toBeUndefined();
    expect(timeFilter({ to: window.to })).toEqual({ lt: window.to });
  });
});
