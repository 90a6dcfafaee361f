import { Client } from 'pg';

/** The database a postgresql:// URL names. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) {
    throw new Error(`The database URL names no database: ${redactUrl(url)}`);
  }
  return name;
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) {
    parsed.password = '***';
  }
  return parsed.toString();
}

export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * Creates the database the URL names when it does not exist yet, connecting to the server's `postgres` database
 * with the same credentials. Returns whether it was created. Safe to race: a concurrent creator is not an error.
 */
export async function ensureDatabase(ownerUrl: string): Promise<{ created: boolean }> {
  const name = databaseName(ownerUrl);
  const client = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount) {
      return { created: false };
    }
    try {
      await client.query(`create database ${quoteIdentifier(name)}`);
      return { created: true };
    } catch (error) {
      // 42P04 duplicate_database: another process created it between our check and our create.
      if ((error as { code?: string }).code === '42P04') {
        return { created: false };
      }
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Drops a database (terminating its connections first). Used by tests for the databases they created. */
export async function dropDatabase(ownerUrl: string): Promise<void> {
  const name = databaseName(ownerUrl);
  const client = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}
