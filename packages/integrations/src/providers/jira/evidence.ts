/** Evidence kinds the Jira collectors produce, and their content (plain JSON, lists sorted by key). */
export const jiraEvidence = {
  incidentTracking: 'jira.projects.incident-tracking',
  incidents: 'jira.incidents.tickets',
  vulnerabilities: 'jira.vulnerabilities.tickets',
  changes: 'jira.changes.approvals',
} as const;

export interface JiraIncidentTracking {
  projectKey: string;
  issueType: string;
  project: { id: string; key: string; name: string } | null;
  /** Issue types available in the project (empty when the project was not found). */
  issueTypes: string[];
}

/** A ticket with what an SLA check needs: when it was raised, when resolved, and its severity/priority as Jira names it. */
export interface JiraSlaTicket {
  key: string;
  summary: string;
  priority: string | null;
  /** Value of the configured severity field, when one is configured. */
  severity: string | null;
  created: string;
  resolved: string | null;
  status: string;
}

export interface JiraSlaTickets {
  jql: string;
  tickets: JiraSlaTicket[];
}

export interface JiraPerson {
  accountId: string;
  displayName: string | null;
  /** Only present when the user's profile visibility allows it. */
  emailAddress: string | null;
}

export interface JiraStatusTransition {
  at: string;
  from: string | null;
  to: string;
  by: JiraPerson | null;
}

export interface JiraChangeTicket {
  key: string;
  summary: string;
  status: string;
  transitions: JiraStatusTransition[];
}

export interface JiraChangeTickets {
  projectKey: string;
  /** The status that means "approved" (settings.approvedStatus). */
  approvedStatus: string;
  tickets: JiraChangeTicket[];
}
