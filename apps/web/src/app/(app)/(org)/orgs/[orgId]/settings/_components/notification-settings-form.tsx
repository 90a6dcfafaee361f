'use client';

import { NotificationSettingsViewSchema, type NotificationSettingsView } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { useOrg } from '@/lib/org/org-context';
import { useIntegrations } from '@/lib/queries/integrations';
import { settingsKey, useNotificationSettings } from '@/lib/queries/settings';
import { draftFrom, toSettingsRequest, type SettingsDraft } from '@/lib/settings/settings-draft';

import { DigestSection } from './digest-section';
import { JiraTicketsSection } from './jira-tickets-section';
import type { DraftEditor } from './settings-form-parts';
import { SlackAlertsSection } from './slack-alerts-section';
import { SlaSection } from './sla-section';

export function NotificationSettingsForm() {
  const { orgId } = useOrg();
  const settings = useNotificationSettings(orgId);
  if (settings.isPending) {
    return <LoadingBlock rows={6} label="Loading settings" />;
  }
  if (settings.isError) {
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <SettingsForm key={settings.data.updatedAt ?? 'defaults'} stored={settings.data} />;
}

function SettingsForm({ stored }: { stored: NotificationSettingsView }) {
  const { orgId, can } = useOrg();
  const queryClient = useQueryClient();
  const integrations = useIntegrations(orgId).data?.items ?? [];
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(stored));
  const save = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/notification-settings`, {
        method: 'PUT',
        body: toSettingsRequest(draft),
        schema: NotificationSettingsViewSchema,
      }),
    onSuccess: async () => {
      toast.success('Settings saved');
      await queryClient.invalidateQueries({ queryKey: settingsKey(orgId) });
      await queryClient.invalidateQueries({ queryKey: ['org', orgId, 'checks'] });
    },
  });
  const error = save.error instanceof RequestError ? save.error : undefined;
  const editor: DraftEditor = {
    draft,
    set: (key, value) => setDraft((current) => ({ ...current, [key]: value })),
    fieldError: (field) => error?.fieldMessage(field),
    readOnly: !can.write,
  };
  return (
    <form
      className="grid gap-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      {save.error ? (
        <Alert variant="destructive">
          <AlertTitle>The settings were not saved</AlertTitle>
          <AlertDescription>{save.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <SlackAlertsSection
        editor={editor}
        slackIntegrations={integrations.filter((item) => item.provider === 'slack')}
        webhookConfigured={stored.slackWebhookConfigured}
      />
      <DigestSection editor={editor} />
      <JiraTicketsSection
        editor={editor}
        jiraIntegrations={integrations.filter((item) => item.provider === 'jira')}
        lastError={stored.jiraLastError}
      />
      <SlaSection editor={editor} />
      {can.write ? (
        <div className="flex justify-end">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
