import type { Version3Models } from 'jira.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { SandboxProviderRoutes } from '../index';
import { authorize, jiraError } from './jira-http';
import { changelogPage, pageOfProjects, renderIssue } from './jira-resources';
import { type CreatedIssues, issuesOf } from './created-issues';
import type { JiraScenarioIssue } from './jira-scenario';
import { JqlError, runJql } from './jql';
import { registerJiraWriteRoutes } from './jira-write.routes';

type Query = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : (value ?? '').split(',')).map((v) => v.trim()).filter(Boolean);

function registerReadRoutes(app: FastifyInstance, context: SandboxContext, created: CreatedIssues): void {
  app.get('/rest/api/3/myself', (request, reply) => {
    const auth = authorize(context, request, reply, 'users');
    return auth ? auth.data.myself : reply;
  });

  app.get('/rest/api/3/project/search', (request, reply) => {
    const auth = authorize(context, request, reply, 'projects');
    return auth ? pageOfProjects(auth.site, auth.data.projects) : reply;
  });

  app.get<{ Params: { key: string } }>('/rest/api/3/project/:key', (request, reply) => {
    const auth = authorize(context, request, reply, 'projects');
    if (!auth) {
      return reply;
    }
    const project = auth.data.projects.find(
      (p) => p.key === request.params.key || p.id === request.params.key,
    );
    return project ?? jiraError(reply, 404, [`No project could be found with key '${request.params.key}'.`]);
  });

  app.get('/rest/api/3/issuetype', (request, reply) => {
    const auth = authorize(context, request, reply, 'projects');
    if (!auth) {
      return reply;
    }
    const types = auth.data.projects.flatMap((p) => p.issueTypes ?? []);
    return [...new Map(types.map((t) => [t.id, t])).values()] satisfies Version3Models.IssueTypeDetails[];
  });

  app.get<{ Querystring: Query }>('/rest/api/3/search/jql', (request, reply) =>
    search(context, created, request, reply),
  );

  app.get<{ Params: { key: string }; Querystring: Query }>('/rest/api/3/issue/:key', (request, reply) => {
    const auth = authorize(context, request, reply, 'issues');
    if (!auth) {
      return reply;
    }
    const issue = issuesOf(auth.data, created, auth.scenario.name).find(
      (i) => i.key === request.params.key || i.id === request.params.key,
    );
    if (!issue) {
      return jiraError(reply, 404, ['Issue does not exist or you do not have permission to see it.']);
    }
    const fields = list(request.query.fields);
    return renderIssue(auth.site, auth.data, issue, fields.length > 0 ? fields : ['*all'], false);
  });

  app.get<{ Params: { key: string }; Querystring: Query }>(
    '/rest/api/3/issue/:key/changelog',
    (request, reply) => {
      const auth = authorize(context, request, reply, 'issues');
      if (!auth) {
        return reply;
      }
      const issue = issuesOf(auth.data, created, auth.scenario.name).find(
        (i) => i.key === request.params.key || i.id === request.params.key,
      );
      if (!issue) {
        return jiraError(reply, 404, ['Issue does not exist or you do not have permission to see it.']);
      }
      const startAt = Math.max(0, Number(request.query.startAt ?? 0) || 0);
      const maxResults = Math.min(100, Math.max(1, Number(request.query.maxResults ?? 100) || 100));
      return changelogPage(auth.site, issue, startAt, maxResults);
    },
  );
}

/** GET /rest/api/3/search/jql: the enhanced search with `nextPageToken` paging (the one jira.js calls). */
function search(
  context: SandboxContext,
  created: CreatedIssues,
  request: FastifyRequest<{ Querystring: Query }>,
  reply: FastifyReply,
) {
  const auth = authorize(context, request, reply, 'search');
  if (!auth) {
    return reply;
  }
  const { jql, nextPageToken, maxResults, fields, expand } = request.query;
  if (typeof jql !== 'string' || jql.trim() === '') {
    return jiraError(reply, 400, [
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
  }
  let matched: JiraScenarioIssue[];
  try {
    matched = runJql(
      jql,
      issuesOf(auth.data, created, auth.scenario.name),
      new Date(),
      (status) => auth.data.statuses.find((s) => s.name === status)?.statusCategory,
    );
  } catch (error) {
    if (error instanceof JqlError) {
      return jiraError(reply, 400, [error.message]);
    }
    throw error;
  }
  const start =
    typeof nextPageToken === 'string'
      ? Number(Buffer.from(nextPageToken, 'base64url').toString('utf8')) || 0
      : 0;
  const size = Math.min(100, Math.max(1, Number(maxResults ?? 50) || 50));
  const page = matched.slice(start, start + size);
  const wantedFields = list(fields).length > 0 ? list(fields) : ['id'];
  const withChangelog = list(expand).includes('changelog');
  const next =
    start + size < matched.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
  return {
    issues: page.map((issue) => renderIssue(auth.site, auth.data, issue, wantedFields, withChangelog)),
    ...(next ? { nextPageToken: next } : {}),
    isLast: next === undefined,
  };
}

/** Jira Cloud REST v3: the reads Kushim's collectors make and the writes its alerting makes (recorded). */
export const jiraSandbox: SandboxProviderRoutes = {
  id: 'jira',
  register(app, context) {
    const created: CreatedIssues = new Map();
    registerReadRoutes(app, context, created);
    registerJiraWriteRoutes(app, context, created);
  },
};
