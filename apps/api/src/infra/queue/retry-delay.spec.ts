import { describe, expect, it } from 'vitest';
import { jitteredRetryDelayMs } from './retry-delay';

describe('jitteredRetryDelayMs', () => {
  it('doubles with each attempt, within the upper half of the exponential delay', () => {
    expect(jitteredRetryDelayMs(1, 1000, undefined, () => 0)).toBe(500);
    expect(jitteredRetryDelayMs(1, 1000, undefined, () => 1)).toBe(1000);
    expect(jitteredRetryDelayMs(3, 1000, undefined, () => 1)).toBe(4000);
    expect(jitteredRetryDelayMs(3, 1000, undefined, () => 0.5)).toBe(3000);
  });

  it("never retries sooner than the provider's Retry-After", () => {
    expect(jitteredRetryDelayMs(1, 1000, 30_000, () => 1)).toBe(30_000);
    expect(jitteredRetryDelayMs(4, 1000, 100, () => 1)).toBe(8000);
  });

  it('spreads jobs that failed together', () => {
    const delays = new Set([0.1, 0.4, 0.9].map((r) => jitteredRetryDelayMs(2, 1000, undefined, () => r)));
    expect(delays.size).toBe(3);
  });
});
