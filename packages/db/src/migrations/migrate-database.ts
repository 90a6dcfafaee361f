import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { FailedMigrationError, MigrationScriptError, ModifiedMigrationError } from './migration-errors';
import {
  defaultMigrationsDir,
  readMigrationFiles,
  scriptMatchesChecksum,
  type MigrationFile,
} from './migration-files';

/**
 * The key Prisma's schema engine takes with pg_advisory_lock around `migrate deploy`: using the same one serialises
 * this runner with the real Prisma CLI too, not only with other copies of itself.
 */
const PRISMA_MIGRATION_LOCK_KEY = 72707369;

/** Prisma's own bookkeeping table, column for column, so `prisma migrate deploy/status` can take over at any time. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateOptions {
  /** Defaults to prisma/migrations at the repository root. */
  migrationsDir?: string;
}

/**
 * Applies every migration in prisma/migrations that the database has not recorded yet, in name order, each in its
 * own transaction together with its `_prisma_migrations` row (so a failed migration leaves nothing behind).
 * Serialised across processes by an advisory lock; running it again applies nothing. Refuses to run when an
 * applied migration's file has changed or an earlier `prisma migrate deploy` left a migration unfinished.
 */
export async function migrateDatabase(
  ownerUrl: string,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const files = await readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const pending = await pendingMigrations(client, files);
      const applied: string[] = [];
      for (const migration of pending) {
        await applyMigration(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query('select pg_advisory_unlock($1)', [PRISMA_MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** The files not yet applied, after checking that the applied ones are unchanged and none is left unfinished. */
async function pendingMigrations(client: Client, files: MigrationFile[]): Promise<MigrationFile[]> {
  const { rows } = await client.query<MigrationRow>(
    'select migration_name, checksum, finished_at, rolled_back_at from "_prisma_migrations" order by started_at',
  );
  const live = rows.filter((row) => row.rolled_back_at === null);
  const unfinished = live.find((row) => row.finished_at === null);
  if (unfinished) {
    throw new FailedMigrationError(unfinished.migration_name);
  }

  const appliedByName = new Map(live.map((row) => [row.migration_name, row]));
  const pending: MigrationFile[] = [];
  for (const file of files) {
    const row = appliedByName.get(file.name);
    if (!row) {
      pending.push(file);
    } else if (!scriptMatchesChecksum(file.script, row.checksum)) {
      throw new ModifiedMigrationError(file.name);
    }
  }
  return pending;
}

async function applyMigration(client: Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query('begin');
  try {
    await client.query(
      'insert into "_prisma_migrations" (id, checksum, migration_name, started_at) values ($1, $2, $3, now())',
      [id, migration.checksum, migration.name],
    );
    // No parameters: node-postgres then uses the simple query protocol, which runs a multi-statement script.
    await client.query(migration.script);
    await client.query(
      'update "_prisma_migrations" set finished_at = now(), applied_steps_count = 1 where id = $1',
      [id],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw new MigrationScriptError(migration.name, error);
  }
}
