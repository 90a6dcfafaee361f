import 'reflect-metadata';
import { createApiApp } from './bootstrap/create-api-app';
import { loadEnvOrExit } from './config/load-env';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const app = await createApiApp({ env });
  // enableShutdownHooks (in createApiApp) closes HTTP, then Prisma and Redis, on SIGTERM/SIGINT.
  await app.listen({ port: env.PORT, host: env.HOST });
  process.stdout.write(
    `${JSON.stringify({ level: 'info', message: `Kushim API listening on ${await app.getUrl()}`, timestamp: new Date().toISOString() })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Kushim API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
