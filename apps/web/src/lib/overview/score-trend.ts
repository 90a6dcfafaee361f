import type { ScoreHistory } from '@kushim/contracts';

/** The first day (YYYY-MM-DD, UTC) of a trend of `days` days ending `today`. */
export function trendStart(today: Date, days: number): string {
  const start = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)),
  );
  return start.toISOString().slice(0, 10);
}

/** The chart in one sentence, for screen readers and the caption. */
export function trendSummary(points: ScoreHistory['items']): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) {
    return 'No score recorded yet.';
  }
  if (first === last) {
    return `Score ${last.score}% on ${last.day}.`;
  }
  const change = Math.round((last.score - first.score) * 10) / 10;
  const direction = change > 0 ? `up ${change} points` : change < 0 ? `down ${-change} points` : 'unchanged';
  return `Score ${last.score}% on ${last.day}, ${direction} since ${first.day} (${points.length} days with a run).`;
}
