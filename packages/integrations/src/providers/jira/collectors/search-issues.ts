import type { Version3Models } from 'jira.js';
import type { JiraClient } from '../client';

/**
 * Runs a JQL search through GET /rest/api/3/search/jql (jira.js `searchForIssuesUsingJqlEnhancedSearch`), following
 * `nextPageToken` until the last page.
 */
export async function searchIssues(
  client: JiraClient,
  jql: string,
  fields: string[],
  expand?: string,
): Promise<Version3Models.Issue[]> {
  const issues: Version3Models.Issue[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql,
      fields,
      expand,
      maxResults: 100,
      nextPageToken,
    });
    issues.push(...(page.issues ?? []));
    nextPageToken = page.nextPageToken ?? undefined;
  } while (nextPageToken);
  return issues.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** Quotes a value for JQL. */
export const jqlString = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** Jira answers 404 for a project that does not exist or that the user may not browse. */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}
