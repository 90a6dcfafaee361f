import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { sha256Hex } from '../../infra/crypto/secret-token';
import { RedisService } from '../../infra/redis/redis.service';
import {
  ACCOUNT_FAILURE_THRESHOLD,
  FAILURE_WINDOW_MS,
  IP_FAILURE_THRESHOLD,
  waitMsBeforeNextAttempt,
  type FailureRecord,
} from './login-backoff';

export interface LoginSubject {
  email: string;
  ip: string;
}

/** Failed-login counters in Redis, per account and per client IP (see login-backoff.ts for the rule). */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly redis: RedisService,
    private readonly clock: Clock,
  ) {}

  /** Seconds the caller must wait before trying again; 0 when the attempt may proceed. */
  async retryAfterSeconds(subject: LoginSubject): Promise<number> {
    const now = this.clock.now().getTime();
    const [account, ip] = await Promise.all([
      this.read(this.accountKey(subject)),
      this.read(this.ipKey(subject)),
    ]);
    const waitMs = Math.max(
      waitMsBeforeNextAttempt(account, ACCOUNT_FAILURE_THRESHOLD, now),
      waitMsBeforeNextAttempt(ip, IP_FAILURE_THRESHOLD, now),
    );
    return Math.ceil(waitMs / 1000);
  }

  async recordFailure(subject: LoginSubject): Promise<void> {
    const now = this.clock.now().getTime();
    await Promise.all([
      this.increment(this.accountKey(subject), now),
      this.increment(this.ipKey(subject), now),
    ]);
  }

  /** A successful login clears the account's counter (the IP's stays: it may be guessing other accounts). */
  async recordSuccess(subject: LoginSubject): Promise<void> {
    await this.redis.client.del(this.accountKey(subject));
  }

  private accountKey(subject: LoginSubject): string {
    // Hashed so email addresses do not sit in Redis key names.
    return this.redis.key('login-failures', 'account', sha256Hex(subject.email));
  }

  private ipKey(subject: LoginSubject): string {
    return this.redis.key('login-failures', 'ip', subject.ip);
  }

  private async read(key: string): Promise<FailureRecord | null> {
    const fields = await this.redis.client.hgetall(key);
    const count = Number(fields.count);
    const lastFailureAt = Number(fields.lastFailureAt);
    return Number.isFinite(count) && Number.isFinite(lastFailureAt) && count > 0
      ? { count, lastFailureAt }
      : null;
  }

  private async increment(key: string, now: number): Promise<void> {
    const previous = await this.read(key);
    const stale = previous !== null && now - previous.lastFailureAt >= FAILURE_WINDOW_MS;
    const multi = this.redis.client.multi();
    if (stale) {
      multi.del(key);
    }
    multi.hincrby(key, 'count', 1);
    multi.hset(key, 'lastFailureAt', String(now));
    // Redis forgets the record a while after the rule would (the rule reads the injected clock, not Redis's).
    multi.pexpire(key, FAILURE_WINDOW_MS * 2);
    await multi.exec();
  }
}
