import path from 'node:path';
import { type ManagedProcess, runToEnd, start, waitForHttp } from './processes';

export const root = path.resolve(__dirname, '..', '..');

export interface StackOptions {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix?: string;
  apiPort: number;
  webPort?: number;
  worker?: boolean;
  env?: NodeJS.ProcessEnv;
  quiet?: boolean;
}

export interface Stack {
  apiUrl: string;
  webUrl?: string;
  processes: ManagedProcess[];
}

/** Builds the API bundle and, when asked, the web app (turbo caches both between runs). */
export async function build(targets: { web: boolean }): Promise<void> {
  const filters = ['--filter=@kushim/api', ...(targets.web ? ['--filter=@kushim/web'] : [])];
  // Through scripts/turbo.mjs: it keeps pnpm's verify-deps variable away from turbo's nested pnpm runs.
  const code = await runToEnd(
    process.execPath,
    [path.join(root, 'scripts', 'turbo.mjs'), 'run', 'build', ...filters, '--output-logs=errors-only'],
    { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
  );
  if (code !== 0) {
    throw new Error('build failed (see above)');
  }
}

/** Starts api (+ worker, + web) from their builds and waits until each answers. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    ...(options.redisPrefix ? { REDIS_PREFIX: options.redisPrefix } : {}),
    PORT: String(options.apiPort),
    ...(options.webPort
      ? {
          CORS_ORIGINS: `http://localhost:${options.webPort},http://127.0.0.1:${options.webPort}`,
          WEB_URL: `http://localhost:${options.webPort}`,
        }
      : {}),
    ...options.env,
  };
  delete env.DATABASE_APP_URL;
  const processes: ManagedProcess[] = [];
  const api = start('api', process.execPath, ['--enable-source-maps', 'apps/api/dist/main.js'], {
    cwd: root,
    env,
    quiet: options.quiet,
  });
  processes.push(api);
  if (options.worker) {
    processes.push(
      start('worker', process.execPath, ['--enable-source-maps', 'apps/api/dist/worker.js'], {
        cwd: root,
        env,
        quiet: options.quiet,
      }),
    );
  }
  await waitForHttp(`${apiUrl}/ready`, 60_000, api);
  let webUrl: string | undefined;
  if (options.webPort) {
    webUrl = `http://localhost:${options.webPort}`;
    const web = start(
      'web',
      path.join(root, 'apps', 'web', 'node_modules', '.bin', 'next'),
      ['start', '-p', String(options.webPort), '-H', '127.0.0.1'],
      {
        cwd: path.join(root, 'apps', 'web'),
        env: { ...env, API_URL: apiUrl, PORT: String(options.webPort), NEXT_TELEMETRY_DISABLED: '1' },
        quiet: options.quiet,
      },
    );
    processes.push(web);
    await waitForHttp(`http://127.0.0.1:${options.webPort}/sign-in`, 60_000, web);
  }
  return { apiUrl, webUrl, processes };
}

export async function stopStack(stack: Stack): Promise<void> {
  await Promise.all(stack.processes.map((p) => p.stop()));
}
