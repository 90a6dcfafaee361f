import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { Scenario } from '../../core/scenario';
import type { GithubScenario } from './github-scenario';
import { withResolvedTimes } from './scenario-time';

const docs = 'https://docs.github.com/rest';

/** The API root the client used (`<origin>/github`), so URLs and Link headers point back at the sandbox. */
export function apiRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? '127.0.0.1'}/github`;
}

export function githubError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ message, documentation_url: docs, status: String(status) });
}

function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization ?? '';
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
}

/**
 * Authenticates a request as GitHub does and applies the scenario's behaviour for this API area. Returns the
 * scenario's data, or undefined after answering with GitHub's error (401 Bad credentials, 429, 500).
 */
export function authorize(
  context: SandboxContext,
  request: FastifyRequest,
  reply: FastifyReply,
  area: string,
): { scenario: Scenario; data: GithubScenario } | undefined {
  const token = tokenOf(request);
  const scenario = context.scenarioFor(token);
  const data = scenario?.data.github as GithubScenario | undefined;
  if (!scenario || !data || !token) {
    githubError(reply, 401, 'Bad credentials');
    return undefined;
  }
  const verdict = context.gate.verdict(scenario, 'github', area, token);
  switch (verdict.kind) {
    case 'ok':
      void reply.headers({
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-github-api-version-selected': '2022-11-28',
      });
      return { scenario, data: withResolvedTimes(data) };
    case 'reject-credentials':
      githubError(reply, 401, 'Bad credentials');
      return undefined;
    case 'rate-limited':
      void reply.header('retry-after', String(verdict.retryAfterSeconds));
      githubError(
        reply,
        429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      );
      return undefined;
    case 'outage':
      githubError(reply, 500, 'Server Error');
      return undefined;
    default:
      return verdict satisfies never;
  }
}

/** GitHub's page/per_page pagination with an RFC 8288 Link header (first, prev, next, last). */
export function paginate<T>(request: FastifyRequest, reply: FastifyReply, items: T[]): T[] {
  const query = request.query as Record<string, string | undefined>;
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const url = new URL(`${apiRoot(request).replace(/\/github$/, '')}${request.url}`);
  const link = (p: number, rel: string) => {
    url.searchParams.set('page', String(p));
    url.searchParams.set('per_page', String(perPage));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  if (links.length > 0) {
    void reply.header('link', links.join(', '));
  }
  return items.slice((page - 1) * perPage, page * perPage);
}
