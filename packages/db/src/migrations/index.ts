export { migrateDatabase, type MigrateOptions } from './migrate-database';
export { ensureDatabase, dropDatabase, databaseName, withDatabase, redactUrl } from './ensure-database';
export {
  readMigrationFiles,
  scriptChecksum,
  defaultMigrationsDir,
  type MigrationFile,
} from './migration-files';
export { ModifiedMigrationError, FailedMigrationError, MigrationScriptError } from './migration-errors';
