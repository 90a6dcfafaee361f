import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList, SchemaContainer } from '@prisma/schema-engine-wasm';
import { withDatabase } from '../ensure-database';
import { readMigrationFiles } from '../migration-files';
import { loadSchemaEngine } from './load-schema-engine';
import { createMigrationAdapterFactory } from './migration-adapter';

/** What the engine prints when the two schemas are the same. */
const EMPTY_MIGRATION = '-- This is an empty migration.';

export interface DiffMigrationInput {
  /** A server where a shadow database may be created (the migrations are replayed there). */
  url: string;
  schemaDir: string;
  migrationsDir: string;
}

async function readSchemaFiles(schemaDir: string): Promise<SchemaContainer[]> {
  const names = (await readdir(schemaDir)).filter((name) => name.endsWith('.prisma')).sort();
  return Promise.all(
    names.map(async (name) => {
      const filePath = path.join(schemaDir, name);
      return { path: filePath, content: await readFile(filePath, 'utf8') };
    }),
  );
}

export async function readMigrationList(migrationsDir: string): Promise<MigrationList | null> {
  const files = await readMigrationFiles(migrationsDir).catch(() => []);
  if (files.length === 0) {
    return null;
  }
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readFile(lockfilePath, 'utf8').catch(() => null),
    },
    shadowDbInitScript: '',
    migrationDirectories: files.map((file) => ({
      path: file.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: file.script } },
    })),
  };
}

/**
 * The SQL that takes a database from the state the existing migrations produce (replayed in a shadow database) to
 * the state prisma/schema describes — what `prisma migrate diff --from-migrations … --to-schema … --script` prints.
 * Returns null when there is nothing to change.
 */
export async function diffMigration({
  url,
  schemaDir,
  migrationsDir,
}: DiffMigrationInput): Promise<string | null> {
  const migrations = await readMigrationList(migrationsDir);
  const from: DiffTarget = migrations ? { tag: 'migrations', ...migrations } : { tag: 'empty' };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: await readSchemaFiles(schemaDir) };
  // The engine opens its main connection eagerly; the server's maintenance database always exists and is never
  // written to by a diff (only the shadow database is).
  const adapter = bindMigrationAwareSqlAdapterFactory(
    createMigrationAdapterFactory(withDatabase(url, 'postgres')),
  );
  const engine = await loadSchemaEngine(adapter, undefined, (message) => {
    if (process.env.DEBUG?.includes('schema-engine')) {
      console.error(message);
    }
  });
  try {
    const { stdout } = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = (stdout ?? '').trim();
    return script === '' || script === EMPTY_MIGRATION ? null : `${script}\n`;
  } finally {
    engine.free();
  }
}
