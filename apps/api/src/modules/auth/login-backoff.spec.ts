import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURE_THRESHOLD, FAILURE_WINDOW_MS, waitMsBeforeNextAttempt } from './login-backoff';

const now = 1_000_000_000;

describe('waitMsBeforeNextAttempt', () => {
  it('lets attempts through below the threshold', () => {
    expect(waitMsBeforeNextAttempt({ count: 4, lastFailureAt: now }, ACCOUNT_FAILURE_THRESHOLD, now)).toBe(0);
  });

  it('doubles the wait with each failure past the threshold', () => {
    const waits = [5, 6, 7, 8].map((count) =>
      waitMsBeforeNextAttempt({ count, lastFailureAt: now }, ACCOUNT_FAILURE_THRESHOLD, now),
    );
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps the wait at 15 minutes', () => {
    expect(waitMsBeforeNextAttempt({ count: 60, lastFailureAt: now }, ACCOUNT_FAILURE_THRESHOLD, now)).toBe(
      15 * 60 * 1000,
    );
  });

  it('forgets failures 15 minutes after the last one', () => {
    const record = { count: 60, lastFailureAt: now - FAILURE_WINDOW_MS };
    expect(waitMsBeforeNextAttempt(record, ACCOUNT_FAILURE_THRESHOLD, now)).toBe(0);
  });
});
