import { Module } from '@nestjs/common';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { ControlStatusRepository } from '@/modules/controls/control-status.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';
import { ScoreRepository } from '@/modules/scores/score.repository';
import { ControlStatusRefresher } from './control-status-refresher.service';

/** Control statuses and the day's score, recomputed wherever something that tests a control changes. */
@Module({
  imports: [IntegrationRegistryModule],
  providers: [
    ControlStatusRefresher,
    CheckResultRepository,
    ControlStatusRepository,
    ScoreSnapshotWriter,
    ScoreRepository,
  ],
  exports: [ControlStatusRefresher, ScoreSnapshotWriter],
})
export class ComplianceStatusModule {}
