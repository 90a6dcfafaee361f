import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { Scenario } from '../../core/scenario';
import type { SandboxProviderRoutes } from '../index';
import { oktaErrors, requestId } from './okta-errors';
import type { OktaScenarioData } from './okta-scenario';
import { shiftTimestamps } from './okta-time-shift';
import { parseUserExpression } from './okta-user-query';

type Query = { limit?: string; after?: string; search?: string; filter?: string; type?: string };

/**
 * Okta management API (`/api/v1`), the subset Kushim's collectors call through @okta/okta-sdk-nodejs: users (search,
 * filter, Link pagination), factors, roles, policies and rules, log streams. SSWS (or Bearer) auth; errors shaped as
 * Okta shapes them (E0000011 invalid token, E0000047 rate limit with X-Rate-Limit-* headers, E0000009 outage).
 */
export const oktaSandbox: SandboxProviderRoutes = {
  id: 'okta',
  register(app: FastifyInstance, context: SandboxContext) {
    const dataOf = new WeakMap<FastifyRequest, OktaScenarioData>();
    // Shifted copies are cached per scenario and day: the bench sends thousands of requests per scenario.
    const shifted = new Map<string, { offset: number; data: OktaScenarioData }>();
    const servedData = (name: string, data: OktaScenarioData): OktaScenarioData => {
      const offset = wholeDaysSince(data.asOf);
      const cached = shifted.get(name);
      if (cached?.offset === offset) {
        return cached.data;
      }
      const fresh = shiftTimestamps(data, offset);
      shifted.set(name, { offset, data: fresh });
      return fresh;
    };

    app.addHook('onRequest', async (request, reply) => {
      const credential = /^(?:SSWS|Bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const scenario = context.scenarioFor(credential);
      const data = scenario ? scenarioData(scenario) : undefined;
      if (!scenario || !data || !credential) {
        return oktaErrors.invalidToken(reply);
      }
      const area = /^\/okta\/api\/v1\/([^/?]+)/.exec(request.url)?.[1] ?? 'api';
      const verdict = context.gate.verdict(scenario, 'okta', area, credential);
      switch (verdict.kind) {
        case 'reject-credentials':
          return oktaErrors.invalidToken(reply);
        case 'rate-limited':
          return oktaErrors.rateLimited(reply, verdict.retryAfterSeconds);
        case 'outage':
          return oktaErrors.internal(reply);
        case 'ok':
          dataOf.set(request, servedData(scenario.name, data));
          void reply.header('x-okta-request-id', requestId());
          return;
        default:
          return verdict satisfies never;
      }
    });
    const data = (request: FastifyRequest): OktaScenarioData => dataOf.get(request) as OktaScenarioData;

    app.get<{ Querystring: Query }>('/api/v1/users', (request, reply) => {
      const expression = request.query.search ?? request.query.filter;
      // Okta leaves DEPROVISIONED users out of a list unless the search/filter asks for them.
      let users = data(request).users.filter((user) => user.status !== 'DEPROVISIONED');
      if (expression) {
        const matches = parseUserExpression(expression);
        if (!matches) {
          return oktaErrors.invalidSearch(reply);
        }
        users = data(request).users.filter(matches);
      }
      return page(request, reply, users, 200);
    });

    app.get<{ Params: { userId: string } }>('/api/v1/users/:userId', (request, reply) => {
      const user = findUser(data(request), request.params.userId);
      return user ?? oktaErrors.notFound(reply, request.params.userId, 'User');
    });

    app.get<{ Params: { userId: string } }>('/api/v1/users/:userId/factors', (request, reply) => {
      const user = findUser(data(request), request.params.userId);
      return user
        ? (data(request).factors[user.id ?? ''] ?? [])
        : oktaErrors.notFound(reply, request.params.userId, 'User');
    });

    app.get<{ Params: { userId: string } }>('/api/v1/users/:userId/roles', (request, reply) => {
      const user = findUser(data(request), request.params.userId);
      return user
        ? (data(request).roles[user.id ?? ''] ?? [])
        : oktaErrors.notFound(reply, request.params.userId, 'User');
    });

    app.get<{ Querystring: Query }>('/api/v1/iam/assignees/users', (request) => {
      const ids = Object.keys(data(request).roles)
        .filter((id) => (data(request).roles[id] ?? []).length > 0)
        .sort();
      const limit = clampLimit(request.query.limit, 100);
      const start = request.query.after ? ids.indexOf(request.query.after) + 1 : 0;
      const slice = ids.slice(start, start + limit);
      const base = baseUrl(request);
      const next =
        start + limit < ids.length
          ? `${base}/api/v1/iam/assignees/users?limit=${limit}&after=${slice.at(-1)}`
          : undefined;
      return {
        value: slice.map((id) => ({
          id,
          orn: `orn:okta:directory:00o-sandbox:users:${id}`,
          _links: {
            self: { href: `${base}/api/v1/users/${id}` },
            roles: { href: `${base}/api/v1/users/${id}/roles` },
          },
        })),
        _links: next ? { next: { href: next } } : {},
      };
    });

    app.get<{ Querystring: Query }>('/api/v1/policies', (request, reply) => {
      const policies = {
        MFA_ENROLL: data(request).mfaEnrollPolicies,
        PASSWORD: data(request).passwordPolicies,
        OKTA_SIGN_ON: data(request).signOnPolicies,
      } as const;
      const type = request.query.type;
      if (!type) {
        return oktaErrors.validation(reply, 'type');
      }
      return type in policies ? policies[type as keyof typeof policies] : [];
    });

    app.get<{ Params: { policyId: string } }>('/api/v1/policies/:policyId/rules', (request, reply) => {
      const rules = data(request).policyRules[request.params.policyId];
      return rules ?? oktaErrors.notFound(reply, request.params.policyId, 'Policy');
    });

    app.get('/api/v1/logStreams', (request) => data(request).logStreams);
  },
};

/** Whole days only, so responses (and the evidence hashed from them) stay identical within a day. */
function wholeDaysSince(asOf: string): number {
  const dayMs = 24 * 60 * 60 * 1000;
  return Math.floor((Date.now() - Date.parse(asOf)) / dayMs) * dayMs;
}

function scenarioData(scenario: Scenario): OktaScenarioData | undefined {
  return scenario.data.okta as OktaScenarioData | undefined;
}

function findUser(data: OktaScenarioData, idOrLogin: string) {
  return data.users.find((user) => user.id === idOrLogin || user.profile?.login === idOrLogin);
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/okta`;
}

function clampLimit(raw: string | undefined, max: number): number {
  const limit = Number(raw ?? max);
  return Number.isInteger(limit) && limit > 0 ? Math.min(limit, max) : max;
}

/** Cursor pagination by id with an RFC 8288 Link header, as Okta pages its lists. */
function page<T extends { id?: string }>(
  request: FastifyRequest<{ Querystring: Query }>,
  reply: FastifyReply,
  items: T[],
  max: number,
): T[] {
  const limit = clampLimit(request.query.limit, max);
  const sorted = [...items].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
  const start = request.query.after
    ? sorted.findIndex((item) => (item.id ?? '') > (request.query.after ?? ''))
    : 0;
  const slice = start < 0 ? [] : sorted.slice(start, start + limit);
  const self = new URL(request.url, `${request.protocol}://${request.host}`);
  const links = [`<${self.href}>; rel="self"`];
  if (start >= 0 && start + limit < sorted.length) {
    const next = new URL(self.href);
    next.searchParams.set('limit', String(limit));
    next.searchParams.set('after', slice.at(-1)?.id ?? '');
    links.push(`<${next.href}>; rel="next"`);
  }
  void reply.header('link', links.join(', '));
  return slice;
}
