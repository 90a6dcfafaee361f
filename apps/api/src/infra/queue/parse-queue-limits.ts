import type { QueueLimit } from './queue-limits';

/**
 * QUEUE_LIMITS: comma-separated `<queue>=<concurrency>[:<max>/<duration>]`, duration in ms, s, m or h — e.g.
 * `collect.github=8:5000/1h,collect.aws=32,evaluate=2`. An entry replaces that queue's default whole (no limiter
 * unless it names one); queues it does not name keep theirs.
 */
export type QueueLimitsParseResult =
  { ok: true; limits: Record<string, QueueLimit> } | { ok: false; message: string };

const ENTRY = /^([A-Za-z0-9_.-]+)=(\d+)(?::(\d+)\/(\d+)(ms|s|m|h))?$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
const MAX_CONCURRENCY = 1_000;
const MAX_DURATION_MS = 24 * 3_600_000;

export function parseQueueLimits(
  text: string | undefined,
  knownQueues: readonly string[],
): QueueLimitsParseResult {
  const limits: Record<string, QueueLimit> = {};
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const parsed = parseEntry(entry, knownQueues);
    if (typeof parsed === 'string') {
      return { ok: false, message: `"${entry}": ${parsed}` };
    }
    if (limits[parsed.queue]) {
      return { ok: false, message: `"${entry}": queue ${parsed.queue} is listed twice` };
    }
    limits[parsed.queue] = parsed.limit;
  }
  return { ok: true, limits };
}

/** The QUEUE_LIMITS value that parses back to `limits` (to hand limits to a worker process). */
export function formatQueueLimits(limits: Readonly<Record<string, QueueLimit>>): string {
  return Object.entries(limits)
    .map(([queue, { concurrency, limiter }]) =>
      limiter ? `${queue}=${concurrency}:${limiter.max}/${limiter.durationMs}ms` : `${queue}=${concurrency}`,
    )
    .join(',');
}

/** The entry's queue and limit, or what is wrong with it. */
function parseEntry(
  entry: string,
  knownQueues: readonly string[],
): { queue: string; limit: QueueLimit } | string {
  const match = ENTRY.exec(entry);
  if (!match) {
    return 'expected <queue>=<concurrency>[:<max>/<duration>], e.g. collect.github=8:5000/1h';
  }
  const [, queue = '', concurrencyText = '', maxText, durationText, unit] = match;
  if (!knownQueues.includes(queue)) {
    return `unknown queue ${queue} (known: ${knownQueues.join(', ')})`;
  }
  const concurrency = Number(concurrencyText);
  if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    return `concurrency must be 1 to ${MAX_CONCURRENCY}`;
  }
  if (maxText === undefined || durationText === undefined || unit === undefined) {
    return { queue, limit: { concurrency } };
  }
  const max = Number(maxText);
  const durationMs = Number(durationText) * UNIT_MS[unit as keyof typeof UNIT_MS];
  if (max < 1 || !Number.isSafeInteger(max)) {
    return 'the limiter must allow 1 or more jobs';
  }
  if (durationMs < 1 || durationMs > MAX_DURATION_MS) {
    return 'the limiter duration must be 1 ms to 24 h';
  }
  return { queue, limit: { concurrency, limiter: { max, durationMs } } };
}
