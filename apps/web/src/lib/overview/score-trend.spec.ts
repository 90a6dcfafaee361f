import { describe, expect, it } from 'vitest';

import { trendStart, trendSummary } from './score-trend';

const point = (day: string, score: number) => ({
  day,
  score,
  passing: 0,
  failing: 0,
  needsEvidence: 0,
  applicable: 0,
  runId: null,
});

describe('score trend', () => {
  it('starts the window days-1 days before today, in UTC', () => {
    expect(trendStart(new Date('2026-11-22T23:30:00Z'), 90)).toBe('2026-08-25');
    expect(trendStart(new Date('2026-11-22T00:00:00Z'), 1)).toBe('2026-11-22');
  });

  it('summarises the change in words', () => {
    expect(trendSummary([])).toBe('No score recorded yet.');
    expect(trendSummary([point('2026-11-20', 40)])).toBe('Score 40% on 2026-11-20.');
    expect(trendSummary([point('2026-11-20', 40), point('2026-11-22', 52.5)])).toBe(
      'Score 52.5% on 2026-11-22, up 12.5 points since 2026-11-20 (2 days with a run).',
    );
    expect(trendSummary([point('2026-11-20', 40), point('2026-11-22', 30)])).toMatch(/down 10 points/);
  });
});
