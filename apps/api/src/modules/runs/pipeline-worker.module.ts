import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { EvaluateProcessor } from '@/modules/checks/evaluate.processor';
import { ComplianceStatusModule } from '@/modules/compliance-status/compliance-status.module';
import { StatusRefreshProcessor } from '@/modules/compliance-status/status-refresh.processor';
import { CollectProcessor } from '@/modules/evidence/collect.processor';
import { EvidenceStore } from '@/modules/evidence/evidence-store.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ScoreProcessor } from '@/modules/scores/score.processor';
import { RunStartProcessor } from './run-start.processor';
import { RunStartingModule } from './run-starting.module';

/**
 * The evidence pipeline's job handlers (worker only): run.start → run.collect × n → run.evaluate → run.score, and
 * the hourly status.refresh for what lapses between runs.
 */
@Module({
  imports: [IntegrationRegistryModule, CredentialVaultModule, RunStartingModule, ComplianceStatusModule],
  providers: [
    RunStartProcessor,
    CollectProcessor,
    EvidenceStore,
    EvaluateProcessor,
    CheckResultRepository,
    ScoreProcessor,
    StatusRefreshProcessor,
  ],
})
export class PipelineWorkerModule {}
