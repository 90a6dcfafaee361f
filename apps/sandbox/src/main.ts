import { createSandbox } from './server';

/** `pnpm --filter @kushim/sandbox start` — SANDBOX_PORT (default 4010), SANDBOX_LATENCY_MS (default 0). */
async function main(): Promise<void> {
  const sandbox = await createSandbox({
    port: Number(process.env.SANDBOX_PORT ?? 4010),
    host: process.env.SANDBOX_HOST ?? '127.0.0.1',
    latencyMs: Number(process.env.SANDBOX_LATENCY_MS ?? 0),
  });
  console.log(`sandbox listening on ${sandbox.url}`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
