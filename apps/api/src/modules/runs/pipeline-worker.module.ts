import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { EvaluateProcessor } from '@/modules/checks/evaluate.processor';
import { CollectProcessor } from '@/modules/evidence/collect.processor';
import { EvidenceStore } from '@/modules/evidence/evidence-store.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ScoreProcessor } from '@/modules/scores/score.processor';
import { ScoreRepository } from '@/modules/scores/score.repository';
import { RunStartProcessor } from './run-start.processor';
import { RunStartingModule } from './run-starting.module';

/** The evidence pipeline's job handlers (worker only): run.start → run.collect × n → run.evaluate → run.score. */
@Module({
  imports: [IntegrationRegistryModule, CredentialVaultModule, RunStartingModule],
  providers: [
    RunStartProcessor,
    CollectProcessor,
    EvidenceStore,
    EvaluateProcessor,
    ScoreProcessor,
    ScoreRepository,
  ],
})
export class PipelineWorkerModule {}
