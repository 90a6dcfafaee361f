export { diffMigration, type DiffMigrationInput } from './diff-migration';
export { loadSchemaEngine, schemaEngineVersion } from './load-schema-engine';
export { createMigrationAdapterFactory } from './migration-adapter';
export { diagnoseMigrationHistory } from './migration-history';
