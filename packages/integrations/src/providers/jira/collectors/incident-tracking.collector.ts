import { defineCollector } from '../../../core/collector';
import type { JiraClient } from '../client';
import { jiraEvidence, type JiraIncidentTracking } from '../evidence';
import { jiraPermissions } from '../permissions';
import { jiraDefaults, type JiraSettings } from '../settings';
import { isNotFound } from './search-issues';

/** GET /rest/api/3/project/{key}?expand=issueTypes: the incident project and the issue types it offers. */
export const incidentTrackingCollector = defineCollector<JiraClient, JiraSettings>({
  id: 'incident-tracking',
  produces: [jiraEvidence.incidentTracking],
  permissions: [jiraPermissions.browseProjects],
  async collect(client, { now, settings }) {
    const issueType = settings.incidentIssueType ?? jiraDefaults.incidentIssueType;
    let content: JiraIncidentTracking;
    try {
      const project = await client.projects.getProject({
        projectIdOrKey: settings.incidentProjectKey,
        expand: 'issueTypes',
      });
      content = {
        projectKey: settings.incidentProjectKey,
        issueType,
        project: { id: project.id, key: project.key, name: project.name },
        issueTypes: (project.issueTypes ?? [])
          .map((t) => t.name ?? '')
          .filter(Boolean)
          .sort(),
      };
    } catch (error) {
      if (!isNotFound(error)) {
        throw error;
      }
      content = { projectKey: settings.incidentProjectKey, issueType, project: null, issueTypes: [] };
    }
    return [{ kind: jiraEvidence.incidentTracking, collectedAt: now().toISOString(), content }];
  },
});
