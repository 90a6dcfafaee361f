import { defineCollector } from '../../../core/collector';
import type { JiraClient } from '../client';
import { jiraEvidence } from '../evidence';
import { jiraPermissions } from '../permissions';
import { jiraDefaults, type JiraSettings } from '../settings';
import { jqlString } from './search-issues';
import { collectSlaTickets } from './sla-tickets';

/** Vulnerability tickets are found by label when one is configured, else by issue type. */
export function vulnerabilityJql(settings: JiraSettings): string {
  const clauses = [
    `project = ${jqlString(settings.vulnerabilityProjectKey ?? settings.incidentProjectKey)}`,
    settings.vulnerabilityLabel
      ? `labels = ${jqlString(settings.vulnerabilityLabel)}`
      : `issuetype = ${jqlString(settings.vulnerabilityIssueType ?? jiraDefaults.vulnerabilityIssueType)}`,
    `created >= -${settings.lookbackDays ?? jiraDefaults.lookbackDays}d`,
  ];
  return `${clauses.join(' AND ')} ORDER BY created DESC`;
}

/** GET /rest/api/3/search/jql: vulnerability tickets raised in the lookback window. */
export const vulnerabilitiesCollector = defineCollector<JiraClient, JiraSettings>({
  id: 'vulnerabilities',
  produces: [jiraEvidence.vulnerabilities],
  permissions: [jiraPermissions.browseProjects],
  async collect(client, { now, settings }) {
    const content = await collectSlaTickets(client, vulnerabilityJql(settings), settings);
    return [{ kind: jiraEvidence.vulnerabilities, collectedAt: now().toISOString(), content }];
  },
});
