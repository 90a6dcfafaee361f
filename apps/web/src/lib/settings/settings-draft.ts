import type { NotificationSettingsView, UpdateNotificationSettingsRequest } from '@kushim/contracts';

/** What the settings form edits: the stored settings, plus a new webhook URL ('' keeps the stored one). */
export type SettingsDraft = Omit<
  NotificationSettingsView,
  'slackWebhookConfigured' | 'jiraLastError' | 'updatedAt'
> & {
  newWebhookUrl: string;
};

export function draftFrom(view: NotificationSettingsView): SettingsDraft {
  const { slackWebhookConfigured: _configured, jiraLastError: _error, updatedAt: _updated, ...rest } = view;
  return { ...rest, newWebhookUrl: '' };
}

/** The PUT body: the whole configuration; the webhook is sent only when replaced (absent keeps the stored one). */
export function toSettingsRequest(draft: SettingsDraft): UpdateNotificationSettingsRequest {
  const { newWebhookUrl, ...settings } = draft;
  const body: UpdateNotificationSettingsRequest = {
    ...settings,
    slackChannel: settings.slackChannel?.trim() ? settings.slackChannel.trim() : null,
    jiraProjectKey: settings.jiraProjectKey?.trim() ? settings.jiraProjectKey.trim() : null,
  };
  if (newWebhookUrl.trim()) {
    body.slackWebhookUrl = newWebhookUrl.trim();
  }
  return body;
}
