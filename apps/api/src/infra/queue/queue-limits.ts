import { JOB_DEFINITIONS, jobQueueNames } from '@kushim/contracts';

/**
 * How fast one queue is drained. `concurrency`: jobs at once per worker process. `limiter`: at most `max` jobs
 * started per `durationMs`, counted in Redis across every worker of the queue (BullMQ's rate limiter).
 */
export interface QueueLimit {
  concurrency: number;
  limiter?: { max: number; durationMs: number };
}

export type QueueLimits = Readonly<Record<string, QueueLimit>>;

/** Every queue the registered jobs run on (a partitioned job: one queue per value). */
export const KNOWN_QUEUES: readonly string[] = [...new Set(JOB_DEFINITIONS.flatMap(jobQueueNames))];

/**
 * The defaults (QUEUE_LIMITS overrides them per queue; docs/pipeline.md shows the table).
 *
 * A collect job is one customer's integration and spends its time waiting on that provider's HTTP API, so a
 * worker keeps many in flight. The providers' rate limits are counted per customer tenant (AWS per account and
 * service, GitHub per token or installation — 5,000 requests/h plus secondary limits on concurrent requests and
 * points per minute —, Okta per org and endpoint, Jira per user, Slack per workspace and method tier), and the SDK
 * clients already wait out a 429 or hand its Retry-After to the queue's backoff. Collects of different customers
 * therefore do not compete for a quota and no limiter is set by default: set one when your installation does
 * share a quota (one GitHub token or Jira account connected to several organizations).
 * - AWS: generous per-service limits and a collect spreads its calls over a dozen services: 32.
 * - GitHub, Okta, Jira, Slack: 16. Several integrations of one organization can share one token (a GitHub user's
 *   5,000/h), one Okta org (its concurrent-request cap) or one Slack workspace (Tier 2 methods: ~20/min), and a
 *   scheduled sweep starts them together: a lower ceiling keeps that burst from tripping secondary limits.
 * Evaluate and score are CPU and database work: 2 per process, so evaluation cannot starve the event loop that
 * drives the collects. run.start is a short transaction: 4. The hourly ledger checkpoint is one job: 1.
 * Exports build a ZIP in memory: 1.
 */
export const DEFAULT_QUEUE_LIMITS: QueueLimits = {
  'collect.aws': { concurrency: 32 },
  'collect.github': { concurrency: 16 },
  'collect.okta': { concurrency: 16 },
  'collect.jira': { concurrency: 16 },
  'collect.slack': { concurrency: 16 },
  evaluate: { concurrency: 2 },
  // Slack deliveries and Jira syncs wait on HTTP; each organization's are serialised by a lock or lease anyway.
  alerts: { concurrency: 8 },
  runs: { concurrency: 4 },
  ledger: { concurrency: 1 },
  // An export holds a period's evidence in memory while it zips: one at a time per process.
  exports: { concurrency: 1 },
};

/** A queue added later without a default. */
const FALLBACK_QUEUE_LIMIT: QueueLimit = { concurrency: 4 };

export function queueLimit(limits: QueueLimits, queueName: string): QueueLimit {
  return limits[queueName] ?? FALLBACK_QUEUE_LIMIT;
}
