'use client';

import { NotificationSettingsViewSchema, type NotificationSettingsView } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { toast } from 'sonner';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { Label } from '@kushim/ui/components/label';
import { NativeSelect } from '@kushim/ui/components/native-select';
import { Switch } from '@kushim/ui/components/switch';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { useOrg } from '@/lib/org/org-context';
import { useIntegrations } from '@/lib/queries/integrations';
import { settingsKey, useNotificationSettings } from '@/lib/queries/settings';
import { draftFrom, toSettingsRequest, type SettingsDraft } from '@/lib/settings/settings-draft';

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

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
  const integrations = useIntegrations(orgId);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(stored));
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
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
  const fieldError = (field: string) => error?.fieldMessage(field);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const readOnly = !can.write;
  const slackIntegrations = integrations.data?.items.filter((item) => item.provider === 'slack') ?? [];
  const jiraIntegrations = integrations.data?.items.filter((item) => item.provider === 'jira') ?? [];
  const severitySelect = (id: string, key: 'slackMinSeverity' | 'jiraMinSeverity', label: string) => (
    <FormField id={id} label={label} error={fieldError(key)}>
      {(control) => (
        <NativeSelect
          {...control}
          disabled={readOnly}
          value={draft[key]}
          onChange={(event) => set(key, event.target.value as SettingsDraft[typeof key])}
        >
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity === 'low'
                ? 'Low and above (everything)'
                : `${severity[0]!.toUpperCase()}${severity.slice(1)} and above`}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormField>
  );
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
      <Section title="Slack alerts" description="A message when a control starts failing, with a link to it.">
        <Toggle
          id="slack-enabled"
          label="Send Slack alerts"
          checked={draft.slackEnabled}
          disabled={readOnly}
          onChange={(v) => set('slackEnabled', v)}
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
          {severitySelect('slack-severity', 'slackMinSeverity', 'Alert on')}
          {draft.slackMode === 'BOT' ? (
            <>
              <FormField
                id="slack-integration"
                label="Slack integration"
                error={fieldError('slackIntegrationId')}
              >
                {(control) => (
                  <NativeSelect
                    {...control}
                    disabled={readOnly}
                    value={draft.slackIntegrationId ?? ''}
                    onChange={(event) => set('slackIntegrationId', event.target.value || null)}
                  >
                    <option value="">None</option>
                    {slackIntegrations.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.name}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </FormField>
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
                stored.slackWebhookConfigured
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
      </Section>
      <Section
        title="Daily digest"
        description="One message a day with what changed, at the time you choose."
      >
        <Toggle
          id="digest-enabled"
          label="Send a daily digest"
          checked={draft.digestEnabled}
          disabled={readOnly}
          onChange={(v) => set('digestEnabled', v)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="digest-time" label="Time (24 h)" error={fieldError('digestTime')}>
            {(control) => (
              <Input
                {...control}
                type="time"
                disabled={readOnly}
                value={draft.digestTime}
                onChange={(event) => set('digestTime', event.target.value)}
              />
            )}
          </FormField>
          <FormField id="digest-timezone" label="Time zone" error={fieldError('timezone')}>
            {(control) => (
              <NativeSelect
                {...control}
                disabled={readOnly}
                value={draft.timezone}
                onChange={(event) => set('timezone', event.target.value)}
              >
                {[...new Set(['UTC', ...timeZones])].map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
      </Section>
      <Section
        title="Jira remediation tickets"
        description="One ticket per failing check at or above the severity, closed when the check passes again."
      >
        <Toggle
          id="jira-enabled"
          label="Open Jira tickets"
          checked={draft.jiraEnabled}
          disabled={readOnly}
          onChange={(v) => set('jiraEnabled', v)}
        />
        {stored.jiraLastError ? (
          <Alert variant="destructive">
            <AlertTitle>Jira refused the last ticket</AlertTitle>
            <AlertDescription>{stored.jiraLastError}</AlertDescription>
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="jira-integration" label="Jira integration" error={fieldError('jiraIntegrationId')}>
            {(control) => (
              <NativeSelect
                {...control}
                disabled={readOnly}
                value={draft.jiraIntegrationId ?? ''}
                onChange={(event) => set('jiraIntegrationId', event.target.value || null)}
              >
                <option value="">None</option>
                {jiraIntegrations.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField
            id="jira-project"
            label="Project key"
            description="e.g. SEC"
            error={fieldError('jiraProjectKey')}
          >
            {(control) => (
              <Input
                {...control}
                disabled={readOnly}
                value={draft.jiraProjectKey ?? ''}
                onChange={(event) => set('jiraProjectKey', event.target.value.toUpperCase())}
              />
            )}
          </FormField>
          <FormField id="jira-issue-type" label="Issue type" error={fieldError('jiraIssueType')}>
            {(control) => (
              <Input
                {...control}
                disabled={readOnly}
                value={draft.jiraIssueType}
                onChange={(event) => set('jiraIssueType', event.target.value)}
              />
            )}
          </FormField>
          {severitySelect('jira-severity', 'jiraMinSeverity', 'Open tickets for')}
        </div>
      </Section>
      <Section
        title="Remediation SLAs"
        description="Days a failing check may stay failing before it is overdue, by severity."
      >
        <div className="grid gap-4 sm:grid-cols-4">
          {SEVERITIES.map((severity) => (
            <FormField
              key={severity}
              id={`sla-${severity}`}
              label={`${severity[0]!.toUpperCase()}${severity.slice(1)} (days)`}
              error={fieldError(`slaDays.${severity}`)}
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  min={1}
                  max={3650}
                  disabled={readOnly}
                  value={String(draft.slaDays[severity])}
                  onChange={(event) =>
                    set('slaDays', { ...draft.slaDays, [severity]: Number(event.target.value) })
                  }
                />
              )}
            </FormField>
          ))}
        </div>
      </Section>
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

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

function Toggle({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div className="flex items-center gap-3">
      <Switch id={id} checked={checked} disabled={disabled} onCheckedChange={onChange} />
      <Label htmlFor={id}>
        {label}: <span className="font-normal">{checked ? 'on' : 'off'}</span>
      </Label>
    </div>
  );
}
