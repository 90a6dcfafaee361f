import { defineCollector } from '../../../core/collector';
import type { JiraClient } from '../client';
import { jiraEvidence } from '../evidence';
import { jiraPermissions } from '../permissions';
import { jiraDefaults, type JiraSettings } from '../settings';
import { jqlString } from './search-issues';
import { collectSlaTickets } from './sla-tickets';

/** GET /rest/api/3/search/jql: security incidents raised in the lookback window. */
export const incidentsCollector = defineCollector<JiraClient, JiraSettings>({
  id: 'incidents',
  produces: [jiraEvidence.incidents],
  permissions: [jiraPermissions.browseProjects],
  async collect(client, { now, settings }) {
    const jql = [
      `project = ${jqlString(settings.incidentProjectKey)}`,
      `issuetype = ${jqlString(settings.incidentIssueType ?? jiraDefaults.incidentIssueType)}`,
      `created >= -${settings.lookbackDays ?? jiraDefaults.lookbackDays}d`,
    ].join(' AND ');
    const content = await collectSlaTickets(client, `${jql} ORDER BY created DESC`, settings);
    return [{ kind: jiraEvidence.incidents, collectedAt: now().toISOString(), content }];
  },
});
