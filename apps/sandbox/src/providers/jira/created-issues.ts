import type { JiraScenario, JiraScenarioIssue } from './jira-scenario';

/** Issues the alerting pipeline created in this sandbox process, per scenario (searchable like the scenario's own). */
export type CreatedIssues = Map<string, JiraScenarioIssue[]>;

export function issuesOf(data: JiraScenario, created: CreatedIssues, scenario: string): JiraScenarioIssue[] {
  return [...data.issues, ...(created.get(scenario) ?? [])];
}
