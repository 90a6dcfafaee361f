import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../core/context';
import type { SandboxProvider } from '../core/scenario';
import { githubSandbox } from './github/github.routes';
import { jiraSandbox } from './jira/jira.routes';
import { oktaSandbox } from './okta/okta.routes';
import { slackSandbox } from './slack/slack.routes';
import { awsSandbox } from './aws';

/** A provider's routes, mounted under `/<id>` (so the SDK endpoint is `<sandbox url>/<id>`). */
export interface SandboxProviderRoutes {
  id: SandboxProvider;
  register(app: FastifyInstance, context: SandboxContext): Promise<void> | void;
}

// Each provider folder adds itself here.
export const sandboxProviders: SandboxProviderRoutes[] = [
  awsSandbox,
  oktaSandbox,
  githubSandbox,
  slackSandbox,
  jiraSandbox,
];
