import { Module } from '@nestjs/common';
import { DigestWorkerModule } from '@/modules/alerts/digest/digest-worker.module';
import { JiraRemediationModule } from '@/modules/alerts/jira/jira-remediation.module';
import { SlackDeliveryModule } from '@/modules/alerts/slack/slack-delivery.module';
import { LedgerCheckpointModule } from '@/modules/audit/ledger-checkpoint.module';
import { ExportWorkerModule } from '@/modules/exports/build/export-worker.module';
import { PipelineWorkerModule } from '@/modules/runs/pipeline-worker.module';

/**
 * Every job handler the worker serves, in one place: the worker refuses to boot unless each registered job has
 * exactly one handler, so the worker process and the tests that start a worker import this, not a partial list.
 */
@Module({
  imports: [
    LedgerCheckpointModule,
    PipelineWorkerModule,
    SlackDeliveryModule,
    DigestWorkerModule,
    JiraRemediationModule,
    ExportWorkerModule,
  ],
})
export class WorkerJobsModule {}
