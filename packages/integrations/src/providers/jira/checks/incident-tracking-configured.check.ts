/**
 * A security-incident project exists and offers the incident issue type, so incidents have a place to be recorded.
 * Criteria: CC7.3, CC7.4. Evidence: jira.projects.incident-tracking (GET /rest/api/3/project/{key}?expand=issueTypes).
 * Permission: Browse projects (read:jira-work).
 */
import { defineCheck } from '../../../core/check';
import { jiraEvidence, type JiraIncidentTracking } from '../evidence';

export const incidentTrackingConfiguredCheck = defineCheck({
  id: 'jira.incidents.tracking-configured',
  provider: 'jira',
  title: 'A security-incident project and issue type exist in Jira',
  severity: 'medium',
  controls: ['KSM-IR-02'],
  criteria: [
    { id: 'CC7.3', rationale: 'Security events evaluated as incidents are recorded in one place.' },
    { id: 'CC7.4', rationale: 'The response programme has a system of record for each incident.' },
  ],
  evidence: [jiraEvidence.incidentTracking],
  remediation:
    'Create the incident project (or fix its key in the integration settings) and add the incident issue type to its scheme.',
  evaluate: ({ evidence, finding }) => {
    const tracking = evidence.get<JiraIncidentTracking>(jiraEvidence.incidentTracking)?.content;
    if (!tracking) {
      return [];
    }
    const resource = { type: 'jira-project', id: tracking.projectKey, name: tracking.project?.name };
    if (!tracking.project) {
      return [
        finding(
          resource,
          false,
          `Jira project ${tracking.projectKey} does not exist or is not visible to the integration user.`,
        ),
      ];
    }
    const hasType = tracking.issueTypes.includes(tracking.issueType);
    return [
      finding(
        resource,
        hasType,
        hasType
          ? `${tracking.projectKey} (${tracking.project.name}) offers the "${tracking.issueType}" issue type.`
          : `${tracking.projectKey} has no "${tracking.issueType}" issue type (it has: ${tracking.issueTypes.join(', ') || 'none'}).`,
      ),
    ];
  },
});
