import path from 'node:path';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { BehaviourGate } from './core/behaviour';
import type { SandboxContext } from './core/context';
import { Recorder } from './core/recorder';
import { loadScenarios, scenarioNameFromCredential } from './core/scenario';
import { sandboxProviders } from './providers';
import { parseSlackFault, slackFaultsOf } from './providers/slack/slack-faults';

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Added before every provider response: real providers answer in tens to hundreds of ms (the bench uses 50). */
  latencyMs?: number;
  scenariosDir?: string;
}

export interface Sandbox {
  url: string;
  app: FastifyInstance;
  recorder: Recorder;
  close(): Promise<void>;
}

export const defaultScenariosDir = path.resolve(__dirname, '..', 'scenarios');

/** Builds the sandbox server: one HTTP listener, one path prefix per provider, control routes under /_sandbox. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const scenarios = loadScenarios(options.scenariosDir ?? defaultScenariosDir);
  const recorder = new Recorder();
  const gate = new BehaviourGate();
  const context: SandboxContext = {
    scenarios,
    scenarioFor: (credential) => {
      const name = scenarioNameFromCredential(credential);
      return name ? scenarios.get(name) : undefined;
    },
    gate,
    recorder,
  };
  let latencyMs = options.latencyMs ?? 0;
  // Provider calls received since start, per provider: the pipeline bench reports provider calls per second.
  const providerRequests = new Map<string, number>();

  const app = Fastify({
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: 10 * 1024 * 1024,
  });
  await app.register(formbody);
  // AWS JSON 1.0/1.1 protocols and XML bodies (S3) arrive with their own content types.
  app.addContentTypeParser(
    ['application/x-amz-json-1.1', 'application/x-amz-json-1.0'],
    { parseAs: 'string' },
    (_req, body, done) => {
      try {
        done(null, body ? (JSON.parse(body as string) as unknown) : {});
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/_sandbox')) {
      return;
    }
    const provider = request.url.split('/')[1] ?? '';
    providerRequests.set(provider, (providerRequests.get(provider) ?? 0) + 1);
    if (latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
    }
  });

  app.get('/_sandbox/stats', () => ({
    requests: [...providerRequests.values()].reduce((sum, n) => sum + n, 0),
    byProvider: Object.fromEntries(providerRequests),
  }));
  app.get('/_sandbox/health', () => ({ ok: true, scenarios: [...scenarios.keys()].sort(), latencyMs }));
  app.get<{ Querystring: { provider?: string; kind?: string; scenario?: string } }>(
    '/_sandbox/recordings',
    (request) => ({
      items: recorder.list(request.query),
    }),
  );
  app.delete('/_sandbox/recordings', () => {
    recorder.clear();
    gate.reset();
    return { ok: true };
  });
  app.put<{ Body: { latencyMs?: number } }>('/_sandbox/settings', (request) => {
    if (typeof request.body?.latencyMs === 'number' && request.body.latencyMs >= 0) {
      latencyMs = request.body.latencyMs;
    }
    return { latencyMs };
  });

  // Scripted Slack outages for tests: 429 with Retry-After, or 500/503, `times` calls or until deleted.
  app.get('/_sandbox/faults', () => ({ items: slackFaultsOf(context).list() }));
  app.put<{ Body: unknown }>('/_sandbox/faults', (request, reply) => {
    const fault = parseSlackFault(request.body);
    if (typeof fault === 'string') {
      return reply.code(400).send({ error: fault });
    }
    slackFaultsOf(context).set(fault);
    return { items: slackFaultsOf(context).list() };
  });
  app.delete('/_sandbox/faults', () => {
    slackFaultsOf(context).clear();
    return { ok: true };
  });

  for (const provider of sandboxProviders) {
    await app.register((instance) => provider.register(instance, context), { prefix: `/${provider.id}` });
  }

  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return { url: address, app, recorder, close: () => app.close() };
}
