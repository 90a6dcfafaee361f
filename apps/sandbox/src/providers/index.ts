import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../core/context';
import type { SandboxProvider } from '../core/scenario';

/** A provider's routes, mounted under `/<id>` (so the SDK endpoint is `<sandbox url>/<id>`). */
export interface SandboxProviderRoutes {
  id: SandboxProvider;
  register(app: FastifyInstance, context: SandboxContext): Promise<void> | void;
}

// Each provider folder adds itself here.
export const sandboxProviders: SandboxProviderRoutes[] = [];
