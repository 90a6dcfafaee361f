export { createSandbox, defaultScenariosDir, type Sandbox, type SandboxOptions } from './server';
export type { Recording } from './core/recorder';
export { scenarioNameFromCredential } from './core/scenario';
export { sandboxConnections, type SandboxConnection } from './connections';
