import { UpdateNotificationSettingsSchema, type NotificationSettingsView } from '@kushim/contracts';
import { describe, expect, it } from 'vitest';

import { draftFrom, toSettingsRequest } from './settings-draft';

const stored: NotificationSettingsView = {
  slackEnabled: true,
  slackMode: 'WEBHOOK',
  slackChannel: null,
  slackIntegrationId: null,
  slackWebhookConfigured: true,
  slackMinSeverity: 'high',
  digestEnabled: true,
  digestTime: '09:00',
  timezone: 'Europe/Paris',
  jiraEnabled: false,
  jiraIntegrationId: null,
  jiraProjectKey: null,
  jiraIssueType: 'Task',
  jiraMinSeverity: 'high',
  jiraLabels: ['kushim'],
  jiraLastError: null,
  slaDays: { critical: 7, high: 30, medium: 90, low: 180 },
  inconclusiveAlertHours: 24,
  updatedAt: '2026-11-22T10:00:00.000Z',
};

describe('settings draft', () => {
  it('sends the whole configuration the API accepts, keeping the stored webhook', () => {
    const body = toSettingsRequest(draftFrom(stored));
    expect(body).not.toHaveProperty('slackWebhookUrl');
    expect(body).not.toHaveProperty('slackWebhookConfigured');
    expect(UpdateNotificationSettingsSchema.safeParse(body).success).toBe(true);
  });

  it('replaces the webhook only when a new URL is typed, and turns blank texts into null', () => {
    const draft = {
      ...draftFrom(stored),
      newWebhookUrl: ' https://hooks.slack.com/services/T/B/X ',
      slackChannel: '  ',
    };
    const body = toSettingsRequest(draft);
    expect(body.slackWebhookUrl).toBe('https://hooks.slack.com/services/T/B/X');
    expect(body.slackChannel).toBeNull();
  });
});
