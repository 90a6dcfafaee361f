import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { acceptsConnections } from './port-probe';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kushim';
export const EMBEDDED_POSTGRES_PORT = 54329;

/** <repo>/.kushim (or KUSHIM_STATE_DIR): local state that is never committed. */
function stateDir(): string {
  return process.env.KUSHIM_STATE_DIR || path.resolve(__dirname, '..', '..', '..', '..', '.kushim');
}

export interface ResolveDatabaseUrlOptions {
  /** Where a local PostgreSQL is looked for when DATABASE_URL is unset. Default 127.0.0.1:5432. */
  probeHost?: string;
  probePort?: number;
  /** The embedded fallback. Defaults: <state dir>/pg, port 54329. */
  embeddedDataDir?: string;
  embeddedPort?: number;
  onLog?: (message: string) => void;
}

export interface ResolvedDatabase {
  /** The owner/migrator URL to use. */
  url: string;
  /** Set when this call started an embedded PostgreSQL: stop it on exit. */
  embedded?: { stop(): Promise<void> };
}

/**
 * Which PostgreSQL to use for `pnpm dev`/demo: DATABASE_URL when set; else a server on 127.0.0.1:5432; else an
 * embedded PostgreSQL from npm (started here, or reused if one from an earlier run still listens on its port).
 */
export async function resolveDatabaseUrl(options: ResolveDatabaseUrlOptions = {}): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL };
  }

  const probeHost = options.probeHost ?? '127.0.0.1';
  const probePort = options.probePort ?? 5432;
  if (await acceptsConnections(probeHost, probePort)) {
    const url = new URL(DEFAULT_DATABASE_URL);
    url.hostname = probeHost;
    url.port = String(probePort);
    return { url: url.toString() };
  }

  const port = options.embeddedPort ?? EMBEDDED_POSTGRES_PORT;
  const embeddedUrl = `postgresql://postgres@127.0.0.1:${port}/kushim`;
  // Another process (an earlier `pnpm dev`) already runs it: use it, and leave stopping it to that process.
  if (await acceptsConnections('127.0.0.1', port)) {
    return { url: embeddedUrl };
  }

  const handle = await startEmbeddedPostgres({
    dataDir: options.embeddedDataDir ?? path.join(stateDir(), 'pg'),
    port,
    ...(options.onLog ? { onLog: options.onLog } : {}),
  });
  return { url: handle.url, embedded: { stop: handle.stop } };
}
