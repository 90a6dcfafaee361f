import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** prisma/migrations at the repository root (this file lives in packages/db/src/migrations). */
export const defaultMigrationsDir = path.resolve(__dirname, '..', '..', '..', '..', 'prisma', 'migrations');

/** One folder of prisma/migrations: `<UTC yyyymmddHHMMSS>_<name>/migration.sql`. */
export interface MigrationFile {
  name: string;
  script: string;
  /** SHA-256 hex of the file, exactly what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

export function scriptChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/**
 * Prisma compares checksums after also trying the script with CRLF line endings turned into LF (a checkout on
 * Windows must not look like an edited migration); do the same.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  return scriptChecksum(script) === checksum || scriptChecksum(script.replace(/\r\n/g, '\n')) === checksum;
}

/** The migration folders in name (= creation time) order. Folders without a migration.sql are skipped, as Prisma does. */
export async function readMigrationFiles(
  migrationsDir: string = defaultMigrationsDir,
): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const script = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          return null;
        }
        throw error;
      },
    );
    if (script !== null) {
      files.push({ name, script, checksum: scriptChecksum(script) });
    }
  }
  return files;
}
