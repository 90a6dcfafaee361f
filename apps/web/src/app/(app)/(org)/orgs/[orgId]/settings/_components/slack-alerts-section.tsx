'use client';

import type { IntegrationView } from '@kushim/contracts';

import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { NativeSelect } from '@kushim/ui/components/native-select';

import type { SettingsDraft } from '@/lib/settings/settings-draft';

import { IntegrationSelect } from './integration-select';
import { SettingsSection, SettingsToggle, SeveritySelect, type DraftEditor } from './settings-form-parts';

export function SlackAlertsSection({
  editor,
  slackIntegrations,
  webhookConfigured,
}: {
  editor: DraftEditor;
  slackIntegrations: readonly IntegrationView[];
  webhookConfigured: boolean;
}) {
  const { draft, set, fieldError, readOnly } = editor;
  return (
    <SettingsSection
      title="Slack alerts"
      description="A message when a control starts failing, with a link to it."
    >
      <SettingsToggle
        id="slack-enabled"
        label="Send Slack alerts"
        checked={draft.slackEnabled}
        disabled={readOnly}
        onChange={(value) => set('slackEnabled', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="slack-mode" label="How to post" error={fieldError('slackMode')}>
          {(control) => (
            <NativeSelect
              {...control}
              disabled={readOnly}
              value={draft.slackMode}
              onChange={(event) => set('slackMode', event.target.value as SettingsDraft['slackMode'])}
            >
              <option value="BOT">Bot of a connected Slack integration</option>
              <option value="WEBHOOK">Incoming webhook</option>
            </NativeSelect>
          )}
        </FormField>
        <SeveritySelect id="slack-severity" field="slackMinSeverity" label="Alert on" editor={editor} />
        {draft.slackMode === 'BOT' ? (
          <>
            <IntegrationSelect
              id="slack-integration"
              field="slackIntegrationId"
              label="Slack integration"
              integrations={slackIntegrations}
              editor={editor}
            />
            <FormField
              id="slack-channel"
              label="Channel"
              description="e.g. #security-alerts"
              error={fieldError('slackChannel')}
            >
              {(control) => (
                <Input
                  {...control}
                  disabled={readOnly}
                  value={draft.slackChannel ?? ''}
                  onChange={(event) => set('slackChannel', event.target.value)}
                />
              )}
            </FormField>
          </>
        ) : (
          <FormField
            id="slack-webhook"
            label="Webhook URL"
            className="sm:col-span-2"
            description={
              webhookConfigured
                ? 'A webhook is set; it is never shown. Paste a new URL to replace it.'
                : 'Paste the incoming webhook URL from Slack. It is stored encrypted and never shown again.'
            }
            error={fieldError('slackWebhookUrl')}
          >
            {(control) => (
              <Input
                {...control}
                type="url"
                autoComplete="off"
                disabled={readOnly}
                value={draft.newWebhookUrl}
                onChange={(event) => set('newWebhookUrl', event.target.value)}
              />
            )}
          </FormField>
        )}
      </div>
    </SettingsSection>
  );
}
