/**
 * Every pull request merged to a default branch references a Jira change ticket (title, branch or description) that
 * moved to the approved status before the merge, by someone other than the pull request's author. One finding per
 * merged pull request. GitHub and Jira evidence together: neither provider alone can show this.
 * Criteria: CC8.1, CC6.3. Evidence: github.pulls.merged (GET /repos/{o}/{r}/pulls?state=closed), github.org.members
 * (emails for matching people), jira.changes.approvals (GET /rest/api/3/search/jql?expand=changelog).
 * Permissions: GitHub Pull requests: read, Members: read; Jira Browse projects, Browse users.
 */
import { defineCheck } from '../../core/check';
import {
  githubEvidence,
  type GithubMergedPullRequest,
  type GithubOrgMembers,
  type GithubMergedPullRequests,
} from '../../providers/github/evidence';
import { type JiraChangeTicket, type JiraChangeTickets, jiraEvidence } from '../../providers/jira/evidence';
import { authorIdentities, personIdentities } from './author-identity';
import { referencedTicketKeys } from './ticket-keys';

type Verdict = { passed: boolean; reason: string };

function judgeTicket(
  ticket: JiraChangeTicket | undefined,
  key: string,
  pr: GithubMergedPullRequest,
  approvedStatus: string,
  author: Set<string>,
): Verdict {
  if (!ticket) {
    return { passed: false, reason: `${key} was not found in Jira` };
  }
  const approvals = ticket.transitions.filter((t) => t.to.toLowerCase() === approvedStatus.toLowerCase());
  if (approvals.length === 0) {
    return { passed: false, reason: `${key} was never moved to "${approvedStatus}"` };
  }
  const beforeMerge = approvals.filter((t) => new Date(t.at) <= new Date(pr.mergedAt));
  if (beforeMerge.length === 0) {
    return {
      passed: false,
      reason: `${key} was approved only after the merge (${approvals[0]!.at} > ${pr.mergedAt})`,
    };
  }
  if (author.size === 0) {
    return {
      passed: false,
      reason: `${key} was approved, but ${pr.author} cannot be matched to a Jira account (add it to githubUserIdentities)`,
    };
  }
  const independent = beforeMerge.find((t) => t.by && !personIdentities(t.by).some((id) => author.has(id)));
  if (!independent) {
    return { passed: false, reason: `${key} was approved by the author ${pr.author} themself` };
  }
  return {
    passed: true,
    reason: `${key} was approved by ${independent.by?.displayName ?? independent.by?.accountId} on ${independent.at}, before the merge`,
  };
}

export const approvedBeforeMergeCheck = defineCheck({
  id: 'cross.change.approved-before-merge',
  provider: 'cross',
  title: 'Merged pull requests have a change ticket approved before merge by someone else',
  severity: 'high',
  controls: ['KSM-CHG-01'],
  criteria: [
    {
      id: 'CC8.1',
      rationale: 'Each change to production code is authorised and documented before it is implemented.',
    },
    { id: 'CC6.3', rationale: 'The person approving a change is not the person making it.' },
  ],
  evidence: [githubEvidence.mergedPullRequests, githubEvidence.orgMembers, jiraEvidence.changes],
  remediation:
    'Reference the change ticket (e.g. CHG-123) in the pull request title or branch, and have someone other than the author move it to the approved status before merging.',
  evaluate: ({ evidence, finding, settings }) => {
    const pulls = evidence.get<GithubMergedPullRequests>(githubEvidence.mergedPullRequests)?.content;
    const members = evidence.get<GithubOrgMembers>(githubEvidence.orgMembers)?.content.members ?? [];
    const changes = evidence.get<JiraChangeTickets>(jiraEvidence.changes)?.content;
    if (!pulls || !changes) {
      return [];
    }
    const tickets = new Map(changes.tickets.map((t) => [t.key, t]));
    return pulls.repositories.flatMap(({ repository, defaultBranch, pullRequests }) =>
      pullRequests.map((pr) => {
        const resource = { type: 'github-pull-request', id: `${repository}#${pr.number}`, name: pr.title };
        const where = `${repository}#${pr.number} (merged to ${defaultBranch} by ${pr.author})`;
        const keys = referencedTicketKeys(changes.projectKey, [pr.title, pr.headRef, pr.body]);
        if (keys.length === 0) {
          return finding(resource, false, `${where} references no ${changes.projectKey} change ticket.`);
        }
        const author = authorIdentities(pr.author, members, settings);
        const verdicts = keys.map((key) =>
          judgeTicket(tickets.get(key), key, pr, changes.approvedStatus, author),
        );
        const approved = verdicts.find((v) => v.passed);
        return approved
          ? finding(resource, true, `${where}: ${approved.reason}.`)
          : finding(resource, false, `${where}: ${verdicts.map((v) => v.reason).join('; ')}.`);
      }),
    );
  },
});
