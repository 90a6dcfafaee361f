import { Module } from '@nestjs/common';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { CheckStateTracker } from '@/modules/alerts/sla/check-state.tracker';
import { NotificationSettingsRepository } from '@/modules/alerts/settings/notification-settings.repository';
import { TransitionRecorder } from '@/modules/alerts/transitions/transition-recorder.service';
import { CatalogModule } from '@/modules/catalog/catalog.module';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { ControlStatusRepository } from '@/modules/controls/control-status.repository';
import { IntegrationRegistryModule } from '@/modules/integrations/integration-registry.module';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';
import { ScoreRepository } from '@/modules/scores/score.repository';
import { ControlStatusRefresher } from './control-status-refresher.service';

/** Control statuses and the day's score, recomputed wherever something that tests a control changes. */
@Module({
  imports: [IntegrationRegistryModule, CatalogModule],
  providers: [
    ControlStatusRefresher,
    CheckResultRepository,
    ControlStatusRepository,
    ScoreSnapshotWriter,
    ScoreRepository,
    TransitionRecorder,
    NotificationSettingsRepository,
    CheckStateTracker,
    AlertDispatcher,
  ],
  exports: [
    ControlStatusRefresher,
    ScoreSnapshotWriter,
    CheckStateTracker,
    NotificationSettingsRepository,
    AlertDispatcher,
  ],
})
export class ComplianceStatusModule {}
