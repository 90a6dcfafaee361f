import type { Version3Models } from 'jira.js';

/**
 * What `scenarios/<name>/jira.json` holds, typed with jira.js's own response models so `tsc` rejects a wrong shape
 * (see jira-scenario.typecheck.ts). Issues are compact; the routes render the fields a request asks for.
 */
export interface JiraScenario {
  myself: Version3Models.User;
  users: Version3Models.UserDetails[];
  projects: Version3Models.Project[];
  priorities: Version3Models.Priority[];
  statuses: Version3Models.StatusDetails[];
  /** Workflow transitions offered on every issue. */
  transitions: Version3Models.IssueTransition[];
  issues: JiraScenarioIssue[];
}

export interface JiraScenarioIssue {
  id: string;
  key: string;
  project: string;
  issueType: string;
  summary: string;
  priority: string;
  status: string;
  labels: string[];
  created: string;
  updated: string;
  resolutiondate: string | null;
  reporter: string;
  changelog: Version3Models.Changelog[];
}
