import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../migrations/ensure-database';
import { migrateDatabase } from '../migrations/migrate-database';

export const APP_ROLE = 'kushim_app';

export interface TestDatabase {
  /** kushim_test_<yyyymmddHHMMSS>_<random> */
  name: string;
  /** The owner/migrator role (bypasses row-level security): setup, seeds and tamper tests only. */
  ownerUrl: string;
  /** The kushim_app role (row-level security applies): what the product under test must use. */
  appUrl: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

/** The same server and database as `url`, as the kushim_app role (no password: local trust auth). */
export function appRoleUrl(url: string): string {
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = '';
  return parsed.toString();
}

function testDatabaseName(): string {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `kushim_test_${stamp}_${randomBytes(4).toString('hex')}`;
}

/**
 * Creates a fresh, fully migrated database for one test run (or one test file that needs its own).
 * `adminUrl` names the server and a role allowed to create databases; its database part is ignored.
 * Default: DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres.
 */
export async function createTestDatabase(opts: { adminUrl?: string } = {}): Promise<TestDatabase> {
  const adminUrl =
    opts.adminUrl ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = testDatabaseName();
  const ownerUrl = withDatabase(adminUrl, name);
  await ensureDatabase(ownerUrl);
  try {
    await migrateDatabase(ownerUrl);
  } catch (error) {
    await dropDatabase(ownerUrl);
    throw error;
  }
  return { name, ownerUrl, appUrl: appRoleUrl(ownerUrl), drop: () => dropDatabase(ownerUrl) };
}
