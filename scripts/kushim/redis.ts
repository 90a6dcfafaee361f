import Redis from 'ioredis';
import { canConnect } from './processes';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Redis has no npm-packaged server: when it is not reachable we stop with the exact command to start one. */
export async function requireRedis(redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL): Promise<string> {
  const url = new URL(redisUrl);
  const port = Number(url.port || 6379);
  if (await canConnect(url.hostname, port)) {
    return redisUrl;
  }
  console.error(
    [
      `Redis is not reachable at ${url.hostname}:${port} (REDIS_URL).`,
      'Kushim queues its jobs in Redis. Start one, for example:',
      '  Debian/Ubuntu:  sudo apt-get install -y redis-server && redis-server --daemonize yes --port 6379',
      '  macOS:          brew install redis && brew services start redis',
      '  Docker:         docker run -d -p 6379:6379 redis:7',
      'or set REDIS_URL to a Redis you already run, then try again.',
    ].join('\n'),
  );
  process.exit(1);
}

/** Deletes every key under `prefix` (a test or bench run's own keys), with SCAN so a big Redis is never blocked. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) {
        await redis.del(...keys);
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
