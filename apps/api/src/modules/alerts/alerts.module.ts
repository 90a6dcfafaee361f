import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { NotificationSettingsController } from './settings/notification-settings.controller';
import { NotificationSettingsRepository } from './settings/notification-settings.repository';
import { NotificationSettingsService } from './settings/notification-settings.service';
import { AlertHistoryController } from './transitions/alert-history.controller';
import { AlertHistoryService } from './transitions/alert-history.service';

/** The alerting API: notification settings, transitions history, the outbox for admins. */
@Module({
  imports: [CredentialVaultModule],
  controllers: [NotificationSettingsController, AlertHistoryController],
  providers: [NotificationSettingsService, NotificationSettingsRepository, AlertHistoryService],
})
export class AlertsModule {}
