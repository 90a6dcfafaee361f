import Redis from 'ioredis';

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires of worker connections (blocking
 * commands must wait through reconnects instead of failing the job).
 */
export function createQueueConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
}
