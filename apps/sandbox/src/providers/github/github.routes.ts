import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { SandboxProviderRoutes } from '../index';
import { apiRoot, authorize, githubError, paginate } from './github-http';
import { pullRequestSimple } from './github-pull-resources';
import { organizationFull, repository, simpleUser } from './github-resources';
import type { GithubScenario, GithubScenarioRepository } from './github-scenario';
import {
  branchProtection,
  branchRules,
  dependabotAlert,
  repositoryRuleset,
} from './github-security-resources';

type RepoParams = { owner: string; repo: string };
type Query = Record<string, string | undefined>;

function findRepo(data: GithubScenario, params: RepoParams): GithubScenarioRepository | undefined {
  return params.owner === data.org.login ? data.repositories.find((r) => r.name === params.repo) : undefined;
}

/** Resolves the repository of a `/repos/{owner}/{repo}/…` route or answers GitHub's 404. */
function repoRoute(context: SandboxContext, area: string) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const auth = authorize(context, request, reply, area);
    if (!auth) {
      return undefined;
    }
    const repo = findRepo(auth.data, request.params as RepoParams);
    if (!repo) {
      githubError(reply, 404, 'Not Found');
      return undefined;
    }
    return { data: auth.data, repo, api: apiRoot(request) };
  };
}

function registerOrgRoutes(app: FastifyInstance, context: SandboxContext): void {
  app.get<{ Params: { org: string } }>('/orgs/:org', (request, reply) => {
    const auth = authorize(context, request, reply, 'orgs');
    if (!auth) {
      return reply;
    }
    if (request.params.org !== auth.data.org.login) {
      return githubError(reply, 404, 'Not Found');
    }
    const publicRepos = auth.data.repositories.filter((r) => r.visibility === 'public').length;
    return organizationFull(
      apiRoot(request),
      auth.data,
      publicRepos,
      auth.data.repositories.length - publicRepos,
    );
  });

  app.get<{ Params: { org: string }; Querystring: Query }>('/orgs/:org/members', (request, reply) => {
    const auth = authorize(context, request, reply, 'orgs');
    if (!auth) {
      return reply;
    }
    if (request.params.org !== auth.data.org.login) {
      return githubError(reply, 404, 'Not Found');
    }
    const { filter = 'all' } = request.query;
    if (filter !== 'all' && filter !== '2fa_disabled') {
      return githubError(reply, 422, 'Validation Failed');
    }
    const members = auth.data.members
      .filter((m) => filter === 'all' || !m.twoFactorEnabled)
      .sort((a, b) => a.id - b.id);
    return paginate(request, reply, members).map((m) =>
      simpleUser(apiRoot(request), m.login, m.id, 'User', m.email),
    );
  });

  app.get<{ Params: { org: string }; Querystring: Query }>('/orgs/:org/repos', (request, reply) => {
    const auth = authorize(context, request, reply, 'repos');
    if (!auth) {
      return reply;
    }
    if (request.params.org !== auth.data.org.login) {
      return githubError(reply, 404, 'Not Found');
    }
    const type = request.query.type ?? 'all';
    const repos = auth.data.repositories
      .filter((r) => type === 'all' || r.visibility === type)
      .sort((a, b) => a.id - b.id);
    return paginate(request, reply, repos).map((r) => repository(apiRoot(request), auth.data, r));
  });
}

function registerRepoRoutes(app: FastifyInstance, context: SandboxContext): void {
  const repos = repoRoute(context, 'repos');
  const rules = repoRoute(context, 'rules');

  app.get<{ Params: RepoParams }>('/repos/:owner/:repo', (request, reply) => {
    const found = repos(request, reply);
    return found ? repository(found.api, found.data, found.repo) : reply;
  });

  // 204 when Dependabot alerts are enabled, 404 when they are not.
  app.get<{ Params: RepoParams }>('/repos/:owner/:repo/vulnerability-alerts', (request, reply) => {
    const found = repos(request, reply);
    if (!found) {
      return reply;
    }
    return found.repo.dependabotAlertsEnabled ? reply.code(204).send() : githubError(reply, 404, 'Not Found');
  });

  app.get<{ Params: RepoParams & { '*': string } }>(
    '/repos/:owner/:repo/rules/branches/*',
    (request, reply) => {
      const found = rules(request, reply);
      if (!found) {
        return reply;
      }
      return paginate(request, reply, branchRules(found.data, found.repo, request.params['*']));
    },
  );

  app.get<{ Params: RepoParams & { id: string } }>('/repos/:owner/:repo/rulesets/:id', (request, reply) => {
    const found = rules(request, reply);
    if (!found) {
      return reply;
    }
    const ruleset = found.repo.rulesets.find((r) => String(r.id) === request.params.id);
    return ruleset
      ? repositoryRuleset(found.api, found.data, found.repo, ruleset)
      : githubError(reply, 404, 'Not Found');
  });

  app.get<{ Params: RepoParams & { branch: string } }>(
    '/repos/:owner/:repo/branches/:branch/protection',
    (request, reply) => {
      const found = rules(request, reply);
      if (!found) {
        return reply;
      }
      const { classicProtection } = found.repo;
      if (request.params.branch !== found.repo.defaultBranch) {
        return githubError(reply, 404, 'Branch not found');
      }
      return classicProtection
        ? branchProtection(found.api, found.data, found.repo, request.params.branch, classicProtection)
        : githubError(reply, 404, 'Branch not protected');
    },
  );
}

function registerSecurityAndPullRoutes(app: FastifyInstance, context: SandboxContext): void {
  const dependabot = repoRoute(context, 'dependabot');
  const pulls = repoRoute(context, 'pulls');

  app.get<{ Params: RepoParams; Querystring: Query }>(
    '/repos/:owner/:repo/dependabot/alerts',
    (request, reply) => {
      const found = dependabot(request, reply);
      if (!found) {
        return reply;
      }
      if (!found.repo.dependabotAlertsEnabled) {
        return githubError(reply, 403, 'Dependabot alerts are disabled for this repository.');
      }
      const states = request.query.state?.split(',');
      const alerts = found.repo.alerts
        .filter((a) => !states || states.includes(a.state))
        .sort((a, b) => b.number - a.number);
      return paginate(request, reply, alerts).map((a) =>
        dependabotAlert(found.api, found.data, found.repo, a),
      );
    },
  );

  app.get<{ Params: RepoParams; Querystring: Query }>('/repos/:owner/:repo/pulls', (request, reply) => {
    const found = pulls(request, reply);
    if (!found) {
      return reply;
    }
    const { state = 'open', base, sort = 'created', direction } = request.query;
    const sortKey = (p: GithubScenarioRepository['pulls'][number]) =>
      sort === 'updated' ? (p.closedAt ?? p.createdAt) : p.createdAt;
    const descending = (direction ?? (sort === 'created' || sort === 'updated' ? 'desc' : 'asc')) === 'desc';
    const selected = found.repo.pulls
      .filter((p) => (state === 'all' || p.state === state) && (!base || base === found.repo.defaultBranch))
      .sort((a, b) =>
        descending ? sortKey(b).localeCompare(sortKey(a)) : sortKey(a).localeCompare(sortKey(b)),
      );
    return paginate(request, reply, selected).map((p) =>
      pullRequestSimple(found.api, found.data, found.repo, p),
    );
  });
}

/** GitHub REST (api.github.com / GHES `/api/v3` shape), the routes Kushim's GitHub collectors call. */
export const githubSandbox: SandboxProviderRoutes = {
  id: 'github',
  register(app, context) {
    registerOrgRoutes(app, context);
    registerRepoRoutes(app, context);
    registerSecurityAndPullRoutes(app, context);
  },
};
