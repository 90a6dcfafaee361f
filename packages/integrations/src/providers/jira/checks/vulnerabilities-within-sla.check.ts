/**
 * Vulnerability tickets are fixed within their SLA by severity (critical 7, high 30, medium 90, low 180 days by
 * default; `remediationSlaDays`). One finding per ticket.
 * Criteria: CC7.1, CC7.4. Evidence: jira.vulnerabilities.tickets (GET /rest/api/3/search/jql).
 * Permission: Browse projects (read:jira-work).
 */
import { defineCheck } from '../../../core/check';
import { jiraEvidence, type JiraSlaTickets } from '../evidence';
import { judgeSla } from '../severity-sla';

export const vulnerabilitiesWithinSlaCheck = defineCheck({
  id: 'jira.vulnerabilities.resolved-within-sla',
  provider: 'jira',
  title: 'Vulnerability tickets are resolved within their SLA',
  severity: 'high',
  controls: ['KSM-VULN-02'],
  criteria: [
    { id: 'CC7.1', rationale: 'Identified vulnerabilities are remediated, not only recorded.' },
    { id: 'CC7.4', rationale: 'Remediation happens within the committed time frames.' },
  ],
  evidence: [jiraEvidence.vulnerabilities],
  remediation: 'Fix or formally accept (with an exception) each overdue vulnerability ticket.',
  evaluate: ({ evidence, finding, settings, now }) =>
    (evidence.get<JiraSlaTickets>(jiraEvidence.vulnerabilities)?.content.tickets ?? []).map((ticket) => {
      const { passed, reason } = judgeSla(ticket, settings, now);
      return finding({ type: 'jira-issue', id: ticket.key, name: ticket.summary }, passed, reason);
    }),
});
