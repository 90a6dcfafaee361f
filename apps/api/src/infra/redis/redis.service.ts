import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { ApiConfig } from '../../config/api-config';

/**
 * The process's Redis connection for request-path state (login throttling, rate limits). Keys are namespaced with
 * REDIS_PREFIX through `key()` so several installations (or test runs) can share one Redis.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;
  readonly prefix: string;

  constructor(config: ApiConfig) {
    this.prefix = config.env.REDIS_PREFIX;
    this.client = new Redis(config.env.REDIS_URL, {
      lazyConnect: true,
      // Fail a command quickly when Redis is down instead of queueing it forever: /ready must answer 503.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      connectTimeout: 2_000,
    });
    // Errors surface on commands; an unhandled 'error' event would crash the process.
    this.client.on('error', () => undefined);
  }

  /** `<REDIS_PREFIX>:<part>:<part>…` */
  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(timeoutMs = 1_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.client.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client.status === 'end' || this.client.status === 'wait') {
      this.client.disconnect();
      return;
    }
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
