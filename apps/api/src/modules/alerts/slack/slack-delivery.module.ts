import { Module } from '@nestjs/common';
import { CredentialVaultModule } from '@/infra/crypto/credential-vault.module';
import { SlackDeliveryProcessor } from './slack-delivery.processor';
import { SlackOutboxRepository } from './slack-outbox.repository';
import { SlackSender } from './slack-sender.service';
import { SlackSweepProcessor } from './slack-sweep.processor';

/** Slack delivery from the outbox (worker only): `alert.deliver` and the minute `alert.sweep`. */
@Module({
  imports: [CredentialVaultModule],
  providers: [SlackSender, SlackOutboxRepository, SlackDeliveryProcessor, SlackSweepProcessor],
  exports: [SlackSender],
})
export class SlackDeliveryModule {}
