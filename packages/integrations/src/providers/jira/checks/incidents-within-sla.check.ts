/**
 * Every security incident is resolved within its SLA by severity (critical 7, high 30, medium 90, low 180 days by
 * default; `remediationSlaDays`), and open ones are not yet past it. One finding per incident.
 * Criteria: CC7.4, CC7.5. Evidence: jira.incidents.tickets (GET /rest/api/3/search/jql).
 * Permission: Browse projects (read:jira-work).
 */
import { defineCheck } from '../../../core/check';
import { jiraEvidence, type JiraSlaTickets } from '../evidence';
import { judgeSla } from '../severity-sla';

export const incidentsWithinSlaCheck = defineCheck({
  id: 'jira.incidents.resolved-within-sla',
  provider: 'jira',
  title: 'Security incidents are resolved within their SLA',
  severity: 'high',
  controls: ['KSM-IR-02'],
  criteria: [
    { id: 'CC7.4', rationale: 'Incidents are contained and resolved within committed time frames.' },
    { id: 'CC7.5', rationale: 'Recovery from incidents completes on time.' },
  ],
  evidence: [jiraEvidence.incidents],
  remediation:
    'Resolve or escalate the overdue incidents; record the root cause and the post-incident review in the ticket.',
  evaluate: ({ evidence, finding, settings, now }) =>
    (evidence.get<JiraSlaTickets>(jiraEvidence.incidents)?.content.tickets ?? []).map((ticket) => {
      const { passed, reason } = judgeSla(ticket, settings, now);
      return finding({ type: 'jira-issue', id: ticket.key, name: ticket.summary }, passed, reason);
    }),
});
