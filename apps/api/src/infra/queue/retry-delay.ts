/**
 * The `jittered-exponential` backoff: base × 2^(attempt-1), drawn uniformly from its upper half (so many jobs that
 * failed together — one provider's outage — do not come back together), and never sooner than the provider asked.
 */
export function jitteredRetryDelayMs(
  attemptsMade: number,
  baseDelayMs: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);
  const jittered = Math.round(exponential / 2 + random() * (exponential / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}
