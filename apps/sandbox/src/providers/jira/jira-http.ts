import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { Scenario } from '../../core/scenario';
import { withResolvedTimes } from '../github/scenario-time';
import type { JiraScenario } from './jira-scenario';

export function jiraError(
  reply: FastifyReply,
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): FastifyReply {
  return reply.code(status).send({ errorMessages, errors });
}

/** The API token of `Authorization: Basic base64(email:token)`; the token names the scenario. */
function apiTokenOf(request: FastifyRequest): string | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(colon + 1) : undefined;
}

/** Authenticates as Jira Cloud does and applies the scenario's behaviour for an API area. */
export function authorize(
  context: SandboxContext,
  request: FastifyRequest,
  reply: FastifyReply,
  area: string,
): { scenario: Scenario; data: JiraScenario; site: string } | undefined {
  const token = apiTokenOf(request);
  const scenario = context.scenarioFor(token);
  const data = scenario?.data.jira as JiraScenario | undefined;
  const unauthorized = () =>
    void reply.code(401).type('text/plain').send('Client must be authenticated to access this resource.');
  if (!scenario || !data || !token) {
    unauthorized();
    return undefined;
  }
  const verdict = context.gate.verdict(scenario, 'jira', area, token);
  switch (verdict.kind) {
    case 'ok':
      return {
        scenario,
        data: withResolvedTimes(data),
        site: `${request.protocol}://${request.headers.host ?? '127.0.0.1'}/jira`,
      };
    case 'reject-credentials':
      unauthorized();
      return undefined;
    case 'rate-limited':
      void reply.header('retry-after', String(verdict.retryAfterSeconds));
      jiraError(reply, 429, ['Rate limit exceeded.']);
      return undefined;
    case 'outage':
      jiraError(reply, 500, ['Internal server error']);
      return undefined;
    default:
      return verdict satisfies never;
  }
}
