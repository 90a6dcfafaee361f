import type { Version3Models } from 'jira.js';
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../core/context';
import { authorize, jiraError } from './jira-http';
import { type CreatedIssues, issuesOf } from './created-issues';

interface CreateIssueBody {
  fields?: {
    project?: { key?: string; id?: string };
    summary?: string;
    issuetype?: { name?: string; id?: string };
    labels?: string[];
    priority?: { name?: string };
  };
}

/** POST issue, comment and transition: validated like Jira, answered like Jira, and recorded for tests to assert on. */
export function registerJiraWriteRoutes(
  app: FastifyInstance,
  context: SandboxContext,
  created: CreatedIssues,
): void {
  app.post<{ Body: CreateIssueBody }>('/rest/api/3/issue', (request, reply) => {
    const auth = authorize(context, request, reply, 'issues');
    if (!auth) {
      return reply;
    }
    const fields = request.body?.fields ?? {};
    const project = auth.data.projects.find(
      (p) => p.key === fields.project?.key || p.id === fields.project?.id,
    );
    const errors: Record<string, string> = {};
    // Jira's own wording: no project given vs. a project that does not exist (or is not visible).
    if (!project) {
      errors.project =
        fields.project?.key || fields.project?.id
          ? 'valid project is required'
          : 'Specify a valid project ID or key';
    }
    if (!fields.summary?.trim()) {
      errors.summary = 'You must specify a summary of the issue.';
    }
    const issueType = project?.issueTypes?.find(
      (t) => t.name === fields.issuetype?.name || t.id === fields.issuetype?.id,
    );
    if (project && !issueType) {
      errors.issuetype =
        fields.issuetype?.name || fields.issuetype?.id
          ? 'The issue type selected is invalid.'
          : 'Specify an issue type';
    }
    if (!project || !issueType || Object.keys(errors).length > 0) {
      return jiraError(reply, 400, [], errors);
    }
    const mine = created.get(auth.scenario.name) ?? [];
    const number = 900 + mine.length + 1;
    const id = String(20_000 + mine.length + 1);
    const at = new Date().toISOString().replace('Z', '+0000');
    mine.push({
      id,
      key: `${project.key}-${number}`,
      project: project.key,
      issueType: issueType.name ?? 'Task',
      summary: fields.summary ?? '',
      priority: fields.priority?.name ?? 'Medium',
      status: 'To Do',
      labels: fields.labels ?? [],
      created: at,
      updated: at,
      resolutiondate: null,
      reporter: auth.data.myself.accountId,
      changelog: [],
    });
    created.set(auth.scenario.name, mine);
    const result: Version3Models.CreatedIssue = {
      id,
      key: `${project.key}-${number}`,
      self: `${auth.site}/rest/api/3/issue/${id}`,
    };
    context.recorder.record('jira', 'issue.created', auth.scenario.name, {
      ...result,
      fields: request.body.fields,
    });
    return reply.code(201).send(result);
  });

  app.post<{ Params: { key: string }; Body: { body?: unknown } }>(
    '/rest/api/3/issue/:key/comment',
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
      if (!request.body?.body) {
        return jiraError(reply, 400, [], { comment: 'Comment body can not be empty!' });
      }
      const at = new Date().toISOString().replace('Z', '+0000');
      const comment: Version3Models.Comment = {
        id: String(30_000 + context.recorder.list({ provider: 'jira', kind: 'issue.commented' }).length + 1),
        self: `${auth.site}/rest/api/3/issue/${issue.id}/comment`,
        author: auth.data.myself,
        body: request.body.body as Version3Models.Document,
        created: at,
        updated: at,
        jsdPublic: true,
      };
      context.recorder.record('jira', 'issue.commented', auth.scenario.name, {
        issueKey: issue.key,
        body: request.body.body,
      });
      return reply.code(201).send(comment);
    },
  );

  app.get<{ Params: { key: string } }>('/rest/api/3/issue/:key/transitions', (request, reply) => {
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
    const transitions: Version3Models.Transitions = {
      expand: 'transitions',
      transitions: auth.data.transitions,
    };
    return transitions;
  });

  app.post<{ Params: { key: string }; Body: { transition?: { id?: string } } }>(
    '/rest/api/3/issue/:key/transitions',
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
      const transition = auth.data.transitions.find((t) => t.id === request.body?.transition?.id);
      if (!transition) {
        return jiraError(reply, 400, ['Transition id is not valid for this issue.']);
      }
      const createdIssue = created.get(auth.scenario.name)?.find((i) => i.key === issue.key);
      if (createdIssue && transition.to?.name) {
        const at = new Date().toISOString().replace('Z', '+0000');
        createdIssue.status = transition.to.name;
        createdIssue.updated = at;
        createdIssue.resolutiondate = transition.to.statusCategory?.key === 'done' ? at : null;
      }
      context.recorder.record('jira', 'issue.transitioned', auth.scenario.name, {
        issueKey: issue.key,
        transitionId: transition.id,
        to: transition.to?.name,
      });
      return reply.code(204).send();
    },
  );
}
