/** Failures counted for 15 minutes after the last one. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 5;
export const IP_FAILURE_THRESHOLD = 20;
const MAX_BACKOFF_MS = 15 * 60 * 1000;

export interface FailureRecord {
  count: number;
  lastFailureAt: number;
}

/**
 * Pure rule: once `threshold` failures are reached, the next attempt must wait 1 s, then 2 s, 4 s… after the
 * latest failure, capped at 15 minutes — never a permanent lockout. Returns the milliseconds left to wait (0 = go).
 */
export function waitMsBeforeNextAttempt(
  record: FailureRecord | null,
  threshold: number,
  now: number,
): number {
  if (!record || now - record.lastFailureAt >= FAILURE_WINDOW_MS) {
    return 0;
  }
  if (record.count < threshold) {
    return 0;
  }
  const backoff = Math.min(1000 * 2 ** Math.min(record.count - threshold, 30), MAX_BACKOFF_MS);
  return Math.max(0, record.lastFailureAt + backoff - now);
}
