import type { Version3Models } from 'jira.js';
import { defineCollector } from '../../../core/collector';
import type { JiraClient } from '../client';
import {
  type JiraChangeTicket,
  type JiraChangeTickets,
  jiraEvidence,
  type JiraPerson,
  type JiraStatusTransition,
} from '../evidence';
import { jiraPermissions } from '../permissions';
import { jiraDefaults, type JiraSettings } from '../settings';
import { jqlString, searchIssues } from './search-issues';

function person(user: Version3Models.UserDetails | undefined): JiraPerson | null {
  return user?.accountId
    ? {
        accountId: user.accountId,
        displayName: user.displayName ?? null,
        emailAddress: user.emailAddress ?? null,
      }
    : null;
}

function statusTransitions(histories: Version3Models.Changelog[]): JiraStatusTransition[] {
  return histories
    .flatMap((h) =>
      (h.items ?? [])
        .filter((item) => item.field === 'status' && item.toString)
        .map((item) => ({
          at: h.created ?? '',
          from: item.fromString ?? null,
          to: item.toString ?? '',
          by: person(h.author),
        })),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** The search embeds up to 100 histories; longer changelogs are read from GET /rest/api/3/issue/{key}/changelog. */
async function fullChangelog(
  client: JiraClient,
  issue: Version3Models.Issue,
): Promise<Version3Models.Changelog[]> {
  const embedded = issue.changelog?.histories ?? [];
  if ((issue.changelog?.total ?? embedded.length) <= embedded.length) {
    return embedded;
  }
  const histories: Version3Models.Changelog[] = [];
  for (let startAt = 0; ;) {
    const page = await client.issues.getChangeLogs({ issueIdOrKey: issue.key, startAt, maxResults: 100 });
    histories.push(...(page.values ?? []));
    startAt += page.values?.length ?? 0;
    if (page.isLast !== false || (page.values?.length ?? 0) === 0) {
      return histories;
    }
  }
}

/** GET /rest/api/3/search/jql?expand=changelog (and …/issue/{key}/changelog): change tickets and their status history. */
export const changesCollector = defineCollector<JiraClient, JiraSettings>({
  id: 'changes',
  produces: [jiraEvidence.changes],
  permissions: [jiraPermissions.browseProjects, jiraPermissions.browseUsers],
  async collect(client, { now, settings }) {
    const projectKey = settings.changeProjectKey ?? jiraDefaults.changeProjectKey;
    const jql = `project = ${jqlString(projectKey)} AND updated >= -${settings.lookbackDays ?? jiraDefaults.lookbackDays}d ORDER BY key ASC`;
    const issues = await searchIssues(client, jql, ['summary', 'status'], 'changelog');
    const tickets: JiraChangeTicket[] = [];
    for (const issue of issues) {
      tickets.push({
        key: issue.key,
        summary: issue.fields.summary,
        status: issue.fields.status?.name ?? 'Unknown',
        transitions: statusTransitions(await fullChangelog(client, issue)),
      });
    }
    const content: JiraChangeTickets = {
      projectKey,
      approvedStatus: settings.approvedStatus ?? jiraDefaults.approvedStatus,
      tickets,
    };
    return [{ kind: jiraEvidence.changes, collectedAt: now().toISOString(), content }];
  },
});
