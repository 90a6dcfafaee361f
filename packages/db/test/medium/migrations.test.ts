import { cp, mkdtemp, mkdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultMigrationsDir,
  dropDatabase,
  ensureDatabase,
  migrateDatabase,
  readMigrationFiles,
  withDatabase,
  ModifiedMigrationError,
  MigrationScriptError,
} from '@kushim/db/migrations';
import { diagnoseMigrationHistory } from '@kushim/db/schema-engine';
import { testEnv } from '@kushim/db/testing';

/** Databases and folders this file creates; removed after each test. */
const createdDatabases: string[] = [];
const createdDirs: string[] = [];

function scratchDatabaseUrl(): string {
  const url = withDatabase(testEnv().databaseUrl, `kushim_test_migrate_${randomBytes(5).toString('hex')}`);
  createdDatabases.push(url);
  return url;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kushim-migrations-'));
  createdDirs.push(dir);
  await cp(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const url of createdDatabases.splice(0)) {
    await dropDatabase(url);
  }
  for (const dir of createdDirs.splice(0)) {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('ensureDatabase', () => {
  it('creates a missing database, and leaves an existing one alone', async () => {
    const url = scratchDatabaseUrl();
    const name = new URL(url).pathname.slice(1);
    const exists = async (): Promise<boolean> =>
      (await query(withDatabase(url, 'postgres'), 'select 1 from pg_database where datname = $1', [name]))
        .length === 1;

    expect(await exists()).toBe(false);
    expect(await ensureDatabase(url)).toEqual({ created: true });
    expect(await exists()).toBe(true);
    expect(await ensureDatabase(url)).toEqual({ created: false });
  });
});

describe('migrateDatabase', () => {
  it('applies nothing to the already migrated test database', async () => {
    expect(await migrateDatabase(testEnv().databaseUrl)).toEqual({ applied: [] });
  });

  it('applies every migration once, in name order, recording Prisma-compatible rows', async () => {
    const url = scratchDatabaseUrl();
    await ensureDatabase(url);
    const files = await readMigrationFiles();

    expect(await migrateDatabase(url)).toEqual({ applied: files.map((file) => file.name) });
    expect(await migrateDatabase(url)).toEqual({ applied: [] });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished: boolean;
    }>(
      url,
      'select migration_name, checksum, applied_steps_count, finished_at is not null as finished from "_prisma_migrations" order by migration_name',
    );
    expect(rows).toEqual(
      files.map((file) => ({
        migration_name: file.name,
        checksum: file.checksum,
        applied_steps_count: 1,
        finished: true,
      })),
    );
  });

  it('serialises concurrent runs so each migration is applied exactly once', async () => {
    const url = scratchDatabaseUrl();
    await ensureDatabase(url);
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    const applied = results.flatMap((result) => result.applied);
    expect(applied).toEqual((await readMigrationFiles()).map((file) => file.name));
  });

  it('refuses to run when an applied migration file was modified', async () => {
    const url = scratchDatabaseUrl();
    await ensureDatabase(url);
    const migrationsDir = await copyOfMigrations();
    await migrateDatabase(url, { migrationsDir });
    const [first] = await readMigrationFiles(migrationsDir);
    await appendFile(
      path.join(migrationsDir, first!.name, 'migration.sql'),
      '\n-- an innocent-looking edit\n',
    );

    const run = migrateDatabase(url, { migrationsDir });
    await expect(run).rejects.toBeInstanceOf(ModifiedMigrationError);
    await expect(run).rejects.toThrow(first!.name);
  });

  it('rolls back a failing migration completely, leaving no row and no partial change', async () => {
    const url = scratchDatabaseUrl();
    await ensureDatabase(url);
    const migrationsDir = await copyOfMigrations();
    const broken = path.join(migrationsDir, '99990101000000_broken');
    await mkdir(broken);
    await writeFile(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "Partial" (id int);\nSELECT no_such_function();\n',
    );

    await expect(migrateDatabase(url, { migrationsDir })).rejects.toBeInstanceOf(MigrationScriptError);
    const recorded = await query<{ migration_name: string }>(
      url,
      'select migration_name from "_prisma_migrations"',
    );
    expect(recorded.map((row) => row.migration_name)).not.toContain('99990101000000_broken');
    expect(await query(url, `select to_regclass('"Partial"') as t`)).toEqual([{ t: null }]);
  });

  it('leaves a history that Prisma’s own schema engine reads as up to date', async () => {
    const diagnosis = await diagnoseMigrationHistory(testEnv().databaseUrl, defaultMigrationsDir);
    expect(diagnosis).toMatchObject({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });
});
