'use client';

import type { IntegrationView } from '@kushim/contracts';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { IntegrationSelect } from './integration-select';
import { SettingsSection, SettingsToggle, SeveritySelect, type DraftEditor } from './settings-form-parts';

export function JiraTicketsSection({
  editor,
  jiraIntegrations,
  lastError,
}: {
  editor: DraftEditor;
  jiraIntegrations: readonly IntegrationView[];
  lastError: string | null;
}) {
  const { draft, set, fieldError, readOnly } = editor;
  return (
    <SettingsSection
      title="Jira remediation tickets"
      description="One ticket per failing check at or above the severity, closed when the check passes again."
    >
      <SettingsToggle
        id="jira-enabled"
        label="Open Jira tickets"
        checked={draft.jiraEnabled}
        disabled={readOnly}
        onChange={(value) => set('jiraEnabled', value)}
      />
      {lastError ? (
        <Alert variant="destructive">
          <AlertTitle>Jira refused the last ticket</AlertTitle>
          <AlertDescription>{lastError}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <IntegrationSelect
          id="jira-integration"
          field="jiraIntegrationId"
          label="Jira integration"
          integrations={jiraIntegrations}
          editor={editor}
        />
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
        <SeveritySelect id="jira-severity" field="jiraMinSeverity" label="Open tickets for" editor={editor} />
      </div>
    </SettingsSection>
  );
}
