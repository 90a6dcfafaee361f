import type { Env } from '@/config/env.schema';

/** REDIS_URL and REDIS_PREFIX (BullMQ `prefix`: every queue key starts with it, so installs and test runs can share a Redis). */
export interface QueueSettings {
  redisUrl: string;
  prefix: string;
  /** Jobs run at once per queue in one worker process. */
  concurrency?: number;
}

export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');

export function queueSettingsFrom(env: Env): QueueSettings {
  return { redisUrl: env.REDIS_URL, prefix: env.REDIS_PREFIX };
}
