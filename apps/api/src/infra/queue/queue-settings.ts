import type { Env } from '@/config/env.schema';
import { DEFAULT_QUEUE_LIMITS, type QueueLimits } from './queue-limits';

/** REDIS_URL and REDIS_PREFIX (BullMQ `prefix`: every queue key starts with it, so installs and test runs can share a Redis). */
export interface QueueSettings {
  redisUrl: string;
  prefix: string;
  /** Per queue name: concurrency per worker process and an optional limiter (DEFAULT_QUEUE_LIMITS + QUEUE_LIMITS). */
  limits: QueueLimits;
  /** A running job's lock expires this long after its worker stops renewing it (a killed worker). */
  lockDurationMs?: number;
  /** How often workers move jobs whose lock expired back to waiting, so another worker finishes them. */
  stalledIntervalMs?: number;
}

export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');

export function queueSettingsFrom(env: Env): QueueSettings {
  return {
    redisUrl: env.REDIS_URL,
    prefix: env.REDIS_PREFIX,
    limits: { ...DEFAULT_QUEUE_LIMITS, ...env.QUEUE_LIMITS },
    lockDurationMs: env.QUEUE_LOCK_DURATION_MS,
    stalledIntervalMs: env.QUEUE_STALLED_INTERVAL_MS,
  };
}
