import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DatabaseService } from '../../infra/database/database.service';
import { RedisService } from '../../infra/redis/redis.service';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `select 1` on the application role's pool and a Redis PING: what every request depends on. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseService,
    private readonly redis: RedisService,
  ) {}

  async databaseSelect(): Promise<HealthIndicatorResult<'database'>> {
    const check = this.indicators.check('database');
    try {
      await this.database.app.$queryRaw`select 1`;
      return check.up();
    } catch (error) {
      return check.down({ message: errorText(error) });
    }
  }

  async redisPing(): Promise<HealthIndicatorResult<'redis'>> {
    const check = this.indicators.check('redis');
    try {
      await this.redis.ping();
      return check.up();
    } catch (error) {
      return check.down({ message: errorText(error) });
    }
  }
}
