import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { Client, type DatabaseError } from 'pg';
import { quoteIdentifier, withDatabase } from '../ensure-database';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PerformIO = (query: SqlQuery) => Promise<{ fields: { dataTypeID: number }[] }>;

/**
 * The schema engine's introspection selects PostgreSQL's internal `"char"` type (pg_class.relkind and friends),
 * which @prisma/adapter-pg 7.10.1 rejects as an unsupported column type. It is a one-byte text: report it as text.
 * Only on the migration connection; the application's client is untouched.
 */
function reportCharAsText(queryable: object): void {
  const target = queryable as { performIO: PerformIO };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
      }
    }
    return result;
  };
}

function toDriverAdapterError(error: unknown): DriverAdapterError {
  const e = error as DatabaseError;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code ?? 'N/A',
    severity: e.severity ?? 'ERROR',
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/** Patches one adapter connection (and the transactions it opens) for the schema engine's use. */
function prepareForSchemaEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  reportCharAsText(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> => {
    const tx = await startTransaction(isolationLevel);
    reportCharAsText(tx);
    return tx;
  };
  // adapter-pg splits scripts on every ';', which breaks dollar-quoted function bodies and DO blocks (our
  // hand-written RLS and trigger SQL). PostgreSQL's simple query protocol runs a multi-statement script as is.
  const pool = (
    adapter as unknown as { underlyingDriver(): { query(sql: string): Promise<unknown> } }
  ).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migration-aware driver adapter over node-postgres for the schema engine. Its shadow database fixes two
 * @prisma/adapter-pg 7.10.1 bugs: the shadow pool's `connectionString` overrode the shadow database name (the engine
 * would have replayed migrations into the real database), and the shadow database was dropped before its own pool
 * was closed (so the drop failed and shadow databases piled up).
 */
export function createMigrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: url, max: 2 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => prepareForSchemaEngine(await factory.connect()),
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runOnServer(url, `create database ${quoteIdentifier(shadowName)}`);
      const shadow = prepareForSchemaEngine(
        await new PrismaPg({ connectionString: withDatabase(url, shadowName), max: 2 }).connect(),
      );
      const closePool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closePool();
        await runOnServer(url, `drop database if exists ${quoteIdentifier(shadowName)} with (force)`);
      };
      return shadow;
    },
  };
}
