/**
 * `tsx scripts/db/migrate.ts`: creates the database if missing and applies prisma/migrations to it.
 * URL from DATABASE_URL (the owner/migrator role), default postgresql://postgres@127.0.0.1:5432/kushim.
 * Why not `prisma migrate deploy`: docs/adr/0002-migrations-offline.md.
 */
import { ensureDatabase, migrateDatabase, redactUrl } from '@kushim/db/migrations';

export { ensureDatabase, migrateDatabase };

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kushim';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const { created } = await ensureDatabase(url);
  if (created) {
    console.log(`Created database ${redactUrl(url)}`);
  }
  const { applied } = await migrateDatabase(url);
  console.log(
    applied.length === 0
      ? 'Database is up to date: no migration to apply.'
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
