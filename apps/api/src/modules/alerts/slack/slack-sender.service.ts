import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { DbTx, NotificationSettings, OrgId } from '@kushim/db';
import { slackProvider } from '@kushim/integrations';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import type { SlackMessage } from './slack-blocks';
import type { SlackDeliveryOutcome } from './slack-delivery-outcome';
import { postToWebhook, postWithBot } from './slack-posting';
import { openSlackWebhook } from './slack-webhook-secret';

export type SlackDeliverySettings = Pick<
  NotificationSettings,
  'slackMode' | 'slackChannel' | 'slackIntegrationId' | 'slackWebhookCiphertext'
>;

/** An outbox payload as stored: the Slack message (validated here, since the column is JSON). */
const storedMessage = z.object({ text: z.string(), blocks: z.array(z.record(z.string(), z.unknown())) });

const configuration = (message: string): SlackDeliveryOutcome => ({ kind: 'configuration', message });

/**
 * Posts one outbox payload for an organization as its notification settings say: BOT mode with the bot token of
 * the chosen Slack integration (or the organization's first one that is not disabled), WEBHOOK mode to the sealed
 * incoming-webhook URL. Secrets are opened in memory for this call only. Never throws for Slack's answers: the
 * outcome says what the outbox does next.
 */
@Injectable()
export class SlackSender {
  constructor(private readonly vault: CredentialVault) {}

  async send(
    tx: DbTx,
    orgId: OrgId,
    settings: SlackDeliverySettings,
    payload: unknown,
  ): Promise<SlackDeliveryOutcome> {
    const parsed = storedMessage.safeParse(payload);
    if (!parsed.success) {
      return { kind: 'rejected', message: 'The stored message is not a Slack message {text, blocks}.' };
    }
    const message = parsed.data as SlackMessage;
    switch (settings.slackMode) {
      case 'BOT':
        return this.sendWithBot(tx, orgId, settings, message);
      case 'WEBHOOK':
        return this.sendToWebhook(orgId, settings, message);
      default:
        return settings.slackMode satisfies never;
    }
  }

  private async sendWithBot(
    tx: DbTx,
    orgId: OrgId,
    settings: SlackDeliverySettings,
    message: SlackMessage,
  ): Promise<SlackDeliveryOutcome> {
    if (!settings.slackChannel) {
      return configuration('No Slack channel is set: choose one in the notification settings.');
    }
    const integration = await tx.integration.findFirst({
      where: settings.slackIntegrationId
        ? { id: settings.slackIntegrationId, organizationId: orgId, provider: 'slack' }
        : { organizationId: orgId, provider: 'slack', status: { not: 'DISABLED' } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    if (!integration) {
      return configuration(
        settings.slackIntegrationId
          ? 'The Slack integration chosen in the notification settings no longer exists: choose another one.'
          : 'No Slack integration is connected: connect Slack, or post through an incoming webhook instead.',
      );
    }
    if (integration.status === 'DISABLED') {
      return configuration(
        `The Slack integration "${integration.name}" is disabled: enable it or choose another one in the notification settings.`,
      );
    }
    let token: string;
    let apiUrl: string | undefined;
    try {
      token = slackProvider.credentialSchema.parse(
        this.vault.open(
          { organizationId: orgId, integrationId: integration.id },
          integration.secretCiphertext,
        ),
      ).botToken;
      apiUrl = slackProvider.settingsSchema.parse(integration.settings).apiUrl;
    } catch {
      return configuration(
        `The credentials of the Slack integration "${integration.name}" cannot be read: enter the bot token again.`,
      );
    }
    return postWithBot({ token, apiUrl, channel: settings.slackChannel }, message);
  }

  private async sendToWebhook(
    orgId: OrgId,
    settings: SlackDeliverySettings,
    message: SlackMessage,
  ): Promise<SlackDeliveryOutcome> {
    if (!settings.slackWebhookCiphertext) {
      return configuration('No incoming webhook URL is set: save one in the notification settings.');
    }
    let url: string;
    try {
      url = openSlackWebhook(this.vault, orgId, settings.slackWebhookCiphertext);
    } catch {
      return configuration(
        'The stored incoming webhook URL cannot be read: save it again in the notification settings.',
      );
    }
    return postToWebhook(url, message);
  }
}
