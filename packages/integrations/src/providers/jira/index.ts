import { IntegrationPermissionError } from '../../core/errors';
import { defineProvider } from '../../core/provider';
import { jiraChecks } from './checks';
import { createJiraClient, type JiraClient } from './client';
import { changesCollector } from './collectors/changes.collector';
import { incidentTrackingCollector } from './collectors/incident-tracking.collector';
import { incidentsCollector } from './collectors/incidents.collector';
import { vulnerabilitiesCollector } from './collectors/vulnerabilities.collector';
import { jiraCredentialSchema, type JiraCredentials } from './credentials';
import { classifyJiraError } from './errors';
import { jiraPermissionRequirements } from './permissions';
import { type JiraSettings, jiraSettingsSchema } from './settings';

/** GET /rest/api/3/myself proves the credentials; the incident project read proves Browse projects. */
async function testConnection(client: JiraClient, settings: JiraSettings) {
  try {
    const me = await client.myself.getCurrentUser();
    await client.projects.getProject({ projectIdOrKey: settings.incidentProjectKey });
    return {
      ok: true,
      message: `Connected to Jira as ${me.displayName ?? me.accountId}.`,
      missingPermissions: [],
    };
  } catch (error) {
    const typed = classifyJiraError(error);
    const notFound =
      typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
    return {
      ok: false,
      message: notFound
        ? `Project ${settings.incidentProjectKey} was not found or is not visible: grant Browse projects.`
        : typed.message,
      missingPermissions:
        typed instanceof IntegrationPermissionError
          ? typed.missingPermissions
          : notFound
            ? ['Browse projects (read:jira-work)']
            : [],
    };
  }
}

export const jiraProvider = defineProvider<JiraCredentials, JiraSettings, JiraClient>({
  id: 'jira',
  name: 'Jira',
  description:
    'Security incidents and vulnerability tickets against their SLAs, and change-ticket approvals for merged pull requests.',
  credentialSchema: jiraCredentialSchema,
  settingsSchema: jiraSettingsSchema,
  permissions: jiraPermissionRequirements,
  createClient: createJiraClient,
  testConnection,
  collectors: [incidentTrackingCollector, incidentsCollector, vulnerabilitiesCollector, changesCollector],
  checks: jiraChecks,
  classifyError: classifyJiraError,
});

export { jiraEvidence } from './evidence';
export type * from './evidence';
export type { JiraClient } from './client';
export type { JiraCredentials } from './credentials';
export type { JiraSettings } from './settings';
