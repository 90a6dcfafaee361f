import type { JiraClient } from '@kushim/integrations';
import type { AdfDocument } from './issue-document';
import {
  interpretJiraError,
  JiraConfigurationRefusedError,
  type JiraOperation,
  type JiraTarget,
} from './jira-refusal';

export interface TrackedIssue {
  id: string;
  key: string;
}

export interface NewIssue {
  summary: string;
  description: AdfDocument;
  labels: string[];
}

/**
 * The Jira calls remediation makes, through the official jira.js client, in one project. jira.js 5 does not retry
 * (it is plain axios), so every retry is the job's: a failed call is typed by interpretJiraError and thrown.
 */
export class JiraIssueTracker {
  constructor(
    private readonly client: JiraClient,
    private readonly target: JiraTarget,
  ) {}

  /**
   * The oldest unresolved issue carrying `label` in the project: what an earlier attempt created before it could
   * record it, adopted instead of creating a second one.
   */
  async findUnresolved(label: string): Promise<TrackedIssue | undefined> {
    const page = await this.call('search', () =>
      this.client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
        jql: `project = "${this.target.projectKey}" AND labels = "${label}" AND statusCategory != Done ORDER BY created ASC`,
        fields: ['status'],
        maxResults: 1,
      }),
    );
    const issue = page.issues?.[0];
    return issue ? { id: issue.id, key: issue.key } : undefined;
  }

  async create(issue: NewIssue): Promise<TrackedIssue> {
    const created = await this.call('create', () =>
      this.client.issues.createIssue({
        fields: {
          project: { key: this.target.projectKey },
          issuetype: { name: this.target.issueType },
          summary: issue.summary,
          description: issue.description,
          labels: issue.labels,
        },
      }),
    );
    return { id: created.id, key: created.key };
  }

  async comment(issueKey: string, body: AdfDocument): Promise<void> {
    await this.call('comment', () =>
      this.client.issueComments.addComment({ issueIdOrKey: issueKey, comment: body }),
    );
  }

  /** Whether the issue is in a done status already (closed by hand in Jira). */
  async isDone(issueKey: string): Promise<boolean> {
    const issue = await this.call('read', () =>
      this.client.issues.getIssue({ issueIdOrKey: issueKey, fields: ['status'] }),
    );
    return issue.fields.status?.statusCategory?.key === 'done';
  }

  /**
   * Moves the issue through the transition that leads to a done status. Workflows name them freely ("Done",
   * "Resolve", "Close"), so the target's status category decides, not the name.
   */
  async moveToDone(issueKey: string): Promise<void> {
    const { transitions } = await this.call('transition', () =>
      this.client.issues.getTransitions({ issueIdOrKey: issueKey }),
    );
    const done = transitions?.find((t) => t.to?.statusCategory?.key === 'done');
    if (!done?.id) {
      throw new JiraConfigurationRefusedError(
        `No transition of ${issueKey} leads to a done status: grant the Kushim account Transition issues in project ${this.target.projectKey}, or add a transition to a done status to its workflow.`,
      );
    }
    await this.call('transition', () =>
      this.client.issues.doTransition({ issueIdOrKey: issueKey, transition: { id: done.id } }),
    );
  }

  private async call<T>(operation: JiraOperation, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw interpretJiraError(error, operation, this.target);
    }
  }
}
