import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { SandboxProviderRoutes } from '../index';
import { slackFaultsOf, slackOutagePage } from './slack-faults';
import type { SlackScenarioData } from './slack-scenario';
import { slackMethods } from './slack-web-api';

/**
 * Slack Web API (`/slack/api/<method>`, the WebClient's slackApiUrl is `<sandbox>/slack/api/`) and incoming webhooks
 * (`/slack/services/T…/B…/<secret>`). The token (Bearer header, or `token` in the body) and the webhook secret name
 * the scenario. Errors as Slack gives them: HTTP 200 `{ok:false,error}`, 429 with Retry-After, 500 on outage.
 */
export const slackSandbox: SandboxProviderRoutes = {
  id: 'slack',
  register(app: FastifyInstance, context: SandboxContext) {
    const handleMethod = (request: FastifyRequest<{ Params: { method: string } }>, reply: FastifyReply) => {
      const params = {
        ...(request.query as Record<string, unknown>),
        ...((request.body as Record<string, unknown> | undefined) ?? {}),
      };
      const token =
        /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ??
        (typeof params.token === 'string' ? params.token : undefined);
      delete params.token;
      if (!token) {
        return reply.send({ ok: false, error: 'not_authed' });
      }
      const scenario = context.scenarioFor(token);
      const data = scenario?.data.slack as SlackScenarioData | undefined;
      if (!scenario || !data) {
        return reply.send({ ok: false, error: 'invalid_auth' });
      }
      const method = slackMethods[request.params.method];
      if (!method) {
        return reply
          .code(404)
          .send({ ok: false, error: 'unknown_method', req_method: request.params.method });
      }
      const fault =
        request.params.method === 'chat.postMessage'
          ? slackFaultsOf(context).take('slack.chat.postMessage')
          : undefined;
      if (fault?.status === 429) {
        return reply
          .code(429)
          .header('retry-after', String(fault.retryAfterSeconds))
          .send({ ok: false, error: 'ratelimited' });
      }
      if (fault) {
        return reply.code(fault.status).type('text/html').send(slackOutagePage(fault.status));
      }
      const verdict = context.gate.verdict(scenario, 'slack', request.params.method, token);
      switch (verdict.kind) {
        case 'reject-credentials':
          return reply.send({ ok: false, error: 'invalid_auth' });
        case 'rate-limited':
          return reply
            .code(429)
            .header('retry-after', String(verdict.retryAfterSeconds))
            .send({ ok: false, error: 'ratelimited' });
        case 'outage':
          return reply
            .code(500)
            .type('text/html')
            .send('<html><body>Slack is having trouble. Please try again.</body></html>');
        case 'ok':
          return reply
            .header(
              'x-oauth-scopes',
              'users:read,users:read.email,team:read,channels:read,groups:read,chat:write',
            )
            .send(method(data, params, scenario, context));
        default:
          return verdict satisfies never;
      }
    };
    app.post('/api/:method', handleMethod);
    app.get('/api/:method', handleMethod);

    app.post<{ Params: { team: string; bot: string; secret: string } }>(
      '/services/:team/:bot/:secret',
      (request, reply) => {
        const scenario = context.scenarioFor(request.params.secret);
        if (!scenario?.data.slack) {
          return reply.code(403).type('text/html').send('invalid_token');
        }
        const fault = slackFaultsOf(context).take('slack.webhook');
        if (fault?.status === 429) {
          return reply
            .code(429)
            .header('retry-after', String(fault.retryAfterSeconds))
            .type('text/html')
            .send('rate_limited');
        }
        if (fault) {
          return reply.code(fault.status).type('text/html').send(slackOutagePage(fault.status));
        }
        const verdict = context.gate.verdict(scenario, 'slack', 'webhook', request.params.secret);
        if (verdict.kind === 'reject-credentials') {
          return reply.code(403).type('text/html').send('invalid_token');
        }
        if (verdict.kind === 'rate-limited') {
          return reply
            .code(429)
            .header('retry-after', String(verdict.retryAfterSeconds))
            .type('text/html')
            .send('rate_limited');
        }
        if (verdict.kind === 'outage') {
          return reply.code(500).type('text/html').send('internal_error');
        }
        const body = (request.body ?? {}) as Record<string, unknown>;
        if (!body.text && !body.blocks && !body.attachments) {
          return reply.code(400).type('text/html').send('no_text');
        }
        context.recorder.record('slack', 'incoming-webhook', scenario.name, {
          team: request.params.team,
          bot: request.params.bot,
          ...body,
        });
        return reply.type('text/html').send('ok');
      },
    );
  },
};
