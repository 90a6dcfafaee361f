import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  UpdateNotificationSettingsSchema,
  type NotificationSettingsView,
  type UpdateNotificationSettings,
} from '@kushim/contracts';
import type { DbTx, NotificationSettings, OrgId } from '@kushim/db';
import { auditActor, type Actor, type RequestContextValue } from '@/common/auth';
import { Clock } from '@/common/time/clock';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditService } from '@/modules/audit/audit.service';
import { sealSlackWebhook } from '../slack/slack-webhook-secret';
import { slaDaysFrom } from '../sla/remediation-sla';
import { NotificationSettingsRepository } from './notification-settings.repository';

const fieldError = (field: string, message: string) =>
  new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);

const DEFAULTS = UpdateNotificationSettingsSchema.parse({});

type Severity = NotificationSettingsView['slackMinSeverity'];

/** Where and when the organization hears about its controls: read by everyone, changed by compliance managers. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly settings: NotificationSettingsRepository,
    private readonly vault: CredentialVault,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(orgId: OrgId): Promise<NotificationSettingsView> {
    const row = await this.database.tenant(orgId, (tx) => this.settings.find(tx, orgId));
    return row ? this.view(row) : { ...this.defaultsView() };
  }

  async update(
    orgId: OrgId,
    actor: Actor,
    input: UpdateNotificationSettings,
    context: RequestContextValue,
  ): Promise<NotificationSettingsView> {
    const row = await this.database.tenant(orgId, async (tx) => {
      await this.checkIntegration(tx, orgId, 'slackIntegrationId', input.slackIntegrationId, 'slack');
      await this.checkIntegration(tx, orgId, 'jiraIntegrationId', input.jiraIntegrationId, 'jira');
      const before = await this.settings.find(tx, orgId);
      const webhook =
        input.slackWebhookUrl === undefined
          ? (before?.slackWebhookCiphertext ?? null)
          : input.slackWebhookUrl === null
            ? null
            : sealSlackWebhook(this.vault, orgId, input.slackWebhookUrl);
      if (input.slackEnabled && input.slackMode === 'WEBHOOK' && !webhook) {
        throw fieldError('slackWebhookUrl', 'is required to post through an incoming webhook');
      }
      const { slackWebhookUrl: _secret, ...plain } = input;
      const data = {
        ...plain,
        slackWebhookCiphertext: webhook,
        // A new Jira configuration deserves a fresh verdict.
        jiraLastError: this.sameJira(before, input) ? (before?.jiraLastError ?? null) : null,
        updatedById: actor.kind === 'user' ? actor.userId : null,
      };
      const saved = await tx.notificationSettings.upsert({
        where: { organizationId: orgId },
        create: { organizationId: orgId, ...data },
        update: data,
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'notification-settings.updated',
        target: { type: 'notification-settings', id: orgId },
        payload: {
          changed: this.changedFields(before, saved, input.slackWebhookUrl !== undefined),
          settings: { ...plain, slackWebhookConfigured: webhook !== null },
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      return saved;
    });
    return this.view(row);
  }

  private async checkIntegration(
    tx: DbTx,
    orgId: OrgId,
    field: string,
    integrationId: string | null,
    provider: 'slack' | 'jira',
  ): Promise<void> {
    if (integrationId === null) {
      return;
    }
    const found = await tx.integration.findFirst({
      where: { id: integrationId, organizationId: orgId, provider },
      select: { id: true },
    });
    if (!found) {
      throw fieldError(
        field,
        `is not a ${provider === 'slack' ? 'Slack' : 'Jira'} integration of this organization`,
      );
    }
  }

  private sameJira(before: NotificationSettings | null, input: UpdateNotificationSettings): boolean {
    return (
      before !== null &&
      before.jiraIntegrationId === input.jiraIntegrationId &&
      before.jiraProjectKey === input.jiraProjectKey &&
      before.jiraIssueType === input.jiraIssueType
    );
  }

  /** Names of the fields this update changed (the webhook by name only). */
  private changedFields(
    before: NotificationSettings | null,
    after: NotificationSettings,
    webhookTouched: boolean,
  ) {
    const keys = Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[];
    const changed = keys.filter((key) => {
      if (key === 'slackWebhookUrl') {
        return false;
      }
      const previous = before
        ? (before as unknown as Record<string, unknown>)[key]
        : (DEFAULTS as Record<string, unknown>)[key];
      return JSON.stringify(previous) !== JSON.stringify((after as unknown as Record<string, unknown>)[key]);
    });
    return webhookTouched ? [...changed, 'slackWebhookUrl'] : changed;
  }

  private defaultsView(): NotificationSettingsView {
    const { slackWebhookUrl: _none, ...rest } = DEFAULTS;
    return { ...rest, slackWebhookConfigured: false, jiraLastError: null, updatedAt: null };
  }

  private view(row: NotificationSettings): NotificationSettingsView {
    return {
      slackEnabled: row.slackEnabled,
      slackMode: row.slackMode,
      slackChannel: row.slackChannel,
      slackIntegrationId: row.slackIntegrationId,
      slackWebhookConfigured: row.slackWebhookCiphertext !== null,
      slackMinSeverity: row.slackMinSeverity as Severity,
      digestEnabled: row.digestEnabled,
      digestTime: row.digestTime,
      timezone: row.timezone,
      jiraEnabled: row.jiraEnabled,
      jiraIntegrationId: row.jiraIntegrationId,
      jiraProjectKey: row.jiraProjectKey,
      jiraIssueType: row.jiraIssueType,
      jiraMinSeverity: row.jiraMinSeverity as Severity,
      jiraLabels: row.jiraLabels,
      jiraLastError: row.jiraLastError,
      slaDays: slaDaysFrom(row.slaDays),
      inconclusiveAlertHours: row.inconclusiveAlertHours,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
