import path from 'node:path';
import { type ManagedProcess, freePort, start, waitForHttp } from './processes';
import { root } from './stack';

/** The sandbox in its own process, so its CPU is not the bench's nor the worker's (and can be measured). */
export interface SandboxProcess {
  url: string;
  process: ManagedProcess;
  setLatency(latencyMs: number): Promise<void>;
  /** Provider calls it has answered since it started. */
  requests(): Promise<number>;
}

export async function startSandboxProcess(): Promise<SandboxProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // `node --import tsx` rather than the tsx CLI: one process, whose PID is the server's.
  const sandbox = start('sandbox', process.execPath, ['--import', 'tsx', 'apps/sandbox/src/main.ts'], {
    cwd: root,
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_HOST: '127.0.0.1', SANDBOX_LATENCY_MS: '0' },
    quiet: true,
  });
  await waitForHttp(`${url}/_sandbox/health`, 60_000, sandbox);
  return {
    url,
    process: sandbox,
    setLatency: async (latencyMs) => {
      const res = await fetch(`${url}/_sandbox/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs }),
      });
      if (!res.ok) {
        throw new Error(`sandbox settings: ${res.status}`);
      }
    },
    requests: async () => {
      const res = await fetch(`${url}/_sandbox/stats`);
      if (!res.ok) {
        throw new Error(`sandbox stats: ${res.status} (is /_sandbox/stats served?)`);
      }
      return ((await res.json()) as { requests: number }).requests;
    },
  };
}

/** Starts `count` worker processes from the API build, as docs/operations.md runs one: `node apps/api/dist/worker.js`. */
export function startWorkers(count: number, env: NodeJS.ProcessEnv): ManagedProcess[] {
  const workerEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Derived from DATABASE_URL by the worker (the kushim_app role), as in production.
  delete workerEnv.DATABASE_APP_URL;
  return Array.from({ length: count }, (_, i) =>
    start(`worker-${i + 1}`, process.execPath, [path.join('apps', 'api', 'dist', 'worker.js')], {
      cwd: root,
      env: workerEnv,
      quiet: !process.env.BENCH_VERBOSE,
    }),
  );
}
