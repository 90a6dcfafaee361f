import type { Version3Models } from 'jira.js';
import type { JiraScenario, JiraScenarioIssue } from './jira-scenario';

/** Jira returns only the fields a request names, so a rendered issue carries a subset of `Fields`. */
export type RenderedIssue = Omit<Version3Models.Issue, 'fields'> & { fields: Partial<Version3Models.Fields> };

const changelogPageSize = 100;

function user(data: JiraScenario, accountId: string): Version3Models.User {
  const found = data.users.find((u) => u.accountId === accountId);
  return {
    accountId,
    active: true,
    accountType: 'atlassian',
    displayName: found?.displayName,
    emailAddress: found?.emailAddress,
  };
}

function allFields(
  site: string,
  data: JiraScenario,
  issue: JiraScenarioIssue,
): Partial<Version3Models.Fields> {
  const project = data.projects.find((p) => p.key === issue.project);
  return {
    summary: issue.summary,
    status: data.statuses.find((s) => s.name === issue.status) ?? { name: issue.status },
    priority: data.priorities.find((p) => p.name === issue.priority) ?? { name: issue.priority },
    issuetype: project?.issueTypes?.find((t) => t.name === issue.issueType) ?? { name: issue.issueType },
    labels: issue.labels,
    created: issue.created,
    updated: issue.updated,
    resolutiondate: issue.resolutiondate,
    resolution: issue.resolutiondate
      ? { id: '10000', name: 'Done', self: `${site}/rest/api/3/resolution/10000` }
      : null,
    reporter: user(data, issue.reporter),
  };
}

/** An issue as GET /rest/api/3/search/jql returns it: requested fields only, changelog when expanded. */
export function renderIssue(
  site: string,
  data: JiraScenario,
  issue: JiraScenarioIssue,
  fields: string[],
  expandChangelog: boolean,
): RenderedIssue {
  const every = allFields(site, data, issue);
  const wanted = fields.includes('*all') || fields.includes('*navigable') ? Object.keys(every) : fields;
  const rendered: RenderedIssue = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${site}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields: Object.fromEntries(Object.entries(every).filter(([name]) => wanted.includes(name))),
  };
  if (expandChangelog) {
    rendered.changelog = {
      startAt: 0,
      maxResults: Math.min(changelogPageSize, issue.changelog.length),
      total: issue.changelog.length,
      histories: issue.changelog.slice(0, changelogPageSize),
    };
  }
  return rendered;
}

export function changelogPage(
  site: string,
  issue: JiraScenarioIssue,
  startAt: number,
  maxResults: number,
): Version3Models.PageChangelog {
  const values = issue.changelog.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= issue.changelog.length;
  const self = `${site}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt}&maxResults=${maxResults}`;
  return {
    self,
    ...(isLast
      ? {}
      : {
          nextPage: `${site}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
        }),
    maxResults,
    startAt,
    total: issue.changelog.length,
    isLast,
    values,
  };
}

export function pageOfProjects(site: string, projects: Version3Models.Project[]): Version3Models.PageProject {
  return {
    self: `${site}/rest/api/3/project/search`,
    maxResults: 50,
    startAt: 0,
    total: projects.length,
    isLast: true,
    values: projects,
  };
}
