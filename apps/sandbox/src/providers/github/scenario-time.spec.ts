import { describe, expect, it } from 'vitest';
import { resolveScenarioTime, withResolvedTimes } from './scenario-time';

const now = new Date('2026-11-01T15:42:10Z');

describe('resolveScenarioTime', () => {
  it('anchors relative times on the start of the current UTC day', () => {
    expect(resolveScenarioTime('today', now)).toBe('2026-11-01T00:00:00Z');
    expect(resolveScenarioTime('today-23d', now)).toBe('2026-10-09T00:00:00Z');
    expect(resolveScenarioTime('today-3d+14h+30m', now)).toBe('2026-10-29T14:30:00Z');
  });

  it('leaves absolute times and other strings alone', () => {
    expect(resolveScenarioTime('2019-03-04T10:00:00Z', now)).toBe('2019-03-04T10:00:00Z');
    expect(resolveScenarioTime('today is a good day', now)).toBe('today is a good day');
  });

  it('resolves nested data identically for two calls on the same day', () => {
    const data = { a: [{ at: 'today-1d' }] };
    expect(withResolvedTimes(data, now)).toEqual({ a: [{ at: '2026-10-31T00:00:00Z' }] });
    expect(withResolvedTimes(data, new Date('2026-11-01T23:59:00Z'))).toBe(withResolvedTimes(data, now));
  });
});
