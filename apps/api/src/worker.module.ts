import { Module, type DynamicModule } from '@nestjs/common';
import { ClockModule } from '@/common/time/clock.module';
import { ConfigModule } from '@/config/config.module';
import type { Env } from '@/config/env.schema';
import { DatabaseModule } from '@/infra/database/database.module';
import { JobWorkerModule } from '@/infra/queue/job-worker.module';
import { QueueModule } from '@/infra/queue/queue.module';
import { AuditModule } from '@/modules/audit/audit.module';
import { WorkerJobsModule } from './worker-jobs.module';

/**
 * The worker process: job handlers and the BullMQ workers that run them, no controllers served (the application
 * context has no HTTP server). Job handlers are listed in WorkerJobsModule.
 */
@Module({})
export class WorkerModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        ClockModule.forRoot(),
        DatabaseModule,
        QueueModule,
        AuditModule,
        JobWorkerModule,
        WorkerJobsModule,
      ],
    };
  }
}
