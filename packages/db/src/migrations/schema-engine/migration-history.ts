import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiagnoseMigrationHistoryOutput } from '@prisma/schema-engine-wasm';
import { readMigrationList } from './diff-migration';
import { loadSchemaEngine } from './load-schema-engine';
import { createMigrationAdapterFactory } from './migration-adapter';

/**
 * What Prisma's own schema engine (`prisma migrate status`) makes of a database's migration history: proof that
 * databases migrated by migrateDatabase stay manageable by the Prisma CLI.
 */
export async function diagnoseMigrationHistory(
  url: string,
  migrationsDir: string,
): Promise<DiagnoseMigrationHistoryOutput> {
  const migrationsList = (await readMigrationList(migrationsDir)) ?? {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: null },
    shadowDbInitScript: '',
    migrationDirectories: [],
  };
  const engine = await loadSchemaEngine(
    bindMigrationAwareSqlAdapterFactory(createMigrationAdapterFactory(url)),
  );
  try {
    return await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
  } finally {
    engine.free();
  }
}
