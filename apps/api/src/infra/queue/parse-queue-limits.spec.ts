import { describe, expect, it } from 'vitest';
import { formatQueueLimits, parseQueueLimits } from './parse-queue-limits';

const known = ['collect.aws', 'collect.github', 'evaluate'];

describe('parseQueueLimits (QUEUE_LIMITS)', () => {
  it('reads concurrency alone and concurrency with a limiter, in any duration unit', () => {
    expect(parseQueueLimits('collect.github=8:5000/1h, collect.aws=32,evaluate=2:10/500ms', known)).toEqual({
      ok: true,
      limits: {
        'collect.github': { concurrency: 8, limiter: { max: 5000, durationMs: 3_600_000 } },
        'collect.aws': { concurrency: 32 },
        evaluate: { concurrency: 2, limiter: { max: 10, durationMs: 500 } },
      },
    });
    expect(parseQueueLimits('collect.aws=1:30/2m', known)).toEqual({
      ok: true,
      limits: { 'collect.aws': { concurrency: 1, limiter: { max: 30, durationMs: 120_000 } } },
    });
  });

  it('overrides nothing when unset or empty', () => {
    expect(parseQueueLimits(undefined, known)).toEqual({ ok: true, limits: {} });
    expect(parseQueueLimits(' , ', known)).toEqual({ ok: true, limits: {} });
  });

  it('names a queue no job runs on, listing the known ones', () => {
    expect(parseQueueLimits('collect.gihub=8', known)).toEqual({
      ok: false,
      message:
        '"collect.gihub=8": unknown queue collect.gihub (known: collect.aws, collect.github, evaluate)',
    });
  });

  it.each([
    ['collect.aws', 'expected <queue>=<concurrency>'],
    ['collect.aws=', 'expected <queue>=<concurrency>'],
    ['collect.aws=8:100', 'expected <queue>=<concurrency>'],
    ['collect.aws=8:100/10d', 'expected <queue>=<concurrency>'],
    ['collect.aws=-1', 'expected <queue>=<concurrency>'],
    ['collect.aws=0', 'concurrency must be 1 to 1000'],
    ['collect.aws=1001', 'concurrency must be 1 to 1000'],
    ['collect.aws=8:0/1s', 'the limiter must allow 1 or more jobs'],
    ['collect.aws=8:10/0s', 'the limiter duration must be 1 ms to 24 h'],
    ['collect.aws=8:10/25h', 'the limiter duration must be 1 ms to 24 h'],
    ['collect.aws=8,collect.aws=4', 'queue collect.aws is listed twice'],
  ])('rejects %j', (text, reason) => {
    const result = parseQueueLimits(text, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });

  it('formats limits back into a value that parses to the same limits', () => {
    const limits = {
      'collect.github': { concurrency: 8, limiter: { max: 5000, durationMs: 3_600_000 } },
      evaluate: { concurrency: 2 },
    };
    const text = formatQueueLimits(limits);
    expect(text).toBe('collect.github=8:5000/3600000ms,evaluate=2');
    expect(parseQueueLimits(text, known)).toEqual({ ok: true, limits });
  });
});
