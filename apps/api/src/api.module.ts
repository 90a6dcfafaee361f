import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { WinstonModule } from 'nest-winston';
import type winston from 'winston';
import { AuthenticationGuard, MembershipCacheModule, OrgAccessGuard } from './common/auth';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import type { Clock } from './common/time/clock';
import { ClockModule } from './common/time/clock.module';
import { ApiConfig } from './config/api-config';
import { ConfigModule } from './config/config.module';
import type { Env } from './config/env.schema';
import { CryptoModule } from './infra/crypto/crypto.module';
import { DatabaseModule } from './infra/database/database.module';
import { QueueModule } from './infra/queue/queue.module';
import { RedisModule } from './infra/redis/redis.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { ControlCommentsModule } from './modules/controls/comments/control-comments.module';
import { ControlsModule } from './modules/controls/controls.module';
import { HealthModule } from './modules/health/health.module';
import { IntegrationsModule } from './modules/integrations/integrations.module';
import { RunsModule } from './modules/runs/runs.module';
import { ChecksModule } from './modules/checks/checks.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { ExceptionsModule } from './modules/exceptions/exceptions.module';
import { ManualEvidenceModule } from './modules/manual-evidence/manual-evidence.module';
import { AuditExportsModule } from './modules/exports/audit-exports.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { ScoresModule } from './modules/scores/scores.module';
import { MeModule } from './modules/me/me.module';
import { MembersModule } from './modules/members/members.module';

export interface ApiModuleOptions {
  env: Env;
  logger: winston.Logger;
  /** Replaces the system clock (tests of time-dependent rules). */
  clock?: Clock;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    const { env } = options;
    const guards: Provider[] = [
      ...(env.RATE_LIMIT_PER_MINUTE > 0 ? [{ provide: APP_GUARD, useClass: ThrottlerGuard }] : []),
      { provide: APP_GUARD, useClass: AuthenticationGuard },
      { provide: APP_GUARD, useClass: OrgAccessGuard },
    ];
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        ClockModule.forRoot(options.clock),
        WinstonModule.forRoot({ instance: options.logger }),
        DatabaseModule,
        MembershipCacheModule,
        QueueModule,
        RedisModule,
        CryptoModule,
        ThrottlerModule.forRootAsync({
          inject: [ApiConfig],
          useFactory: (config: ApiConfig) => ({
            throttlers: [
              { name: 'per-ip', ttl: 60_000, limit: Math.max(config.env.RATE_LIMIT_PER_MINUTE, 1) },
            ],
            storage: new ThrottlerStorageRedisService(config.env.REDIS_URL, {
              keyPrefix: `${config.env.REDIS_PREFIX}:throttle:`,
              maxRetriesPerRequest: 1,
              lazyConnect: true,
            }),
          }),
        }),
        AuditModule,
        HealthModule,
        AuthModule,
        MeModule,
        MembersModule,
        ApiKeysModule,
        CatalogModule,
        ControlsModule,
        ControlCommentsModule,
        IntegrationsModule,
        RunsModule,
        EvidenceModule,
        ChecksModule,
        ScoresModule,
        ExceptionsModule,
        ManualEvidenceModule,
        AuditExportsModule,
        AlertsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }, ...guards],
    };
  }
}
