import { createPrismaClient } from '@kushim/db';
import { seedCatalog } from '../../prisma/seed/catalog.seed';
import { resolveDatabaseUrl } from '../db/local-postgres';
import { ensureDatabase, migrateDatabase } from '../db/migrate';

export interface ResolvedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL, else PostgreSQL on localhost, else an embedded PostgreSQL from npm (see docs/operations.md). */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const resolved = await resolveDatabaseUrl();
  if (resolved.embedded) {
    console.log(
      '» no PostgreSQL answered on 127.0.0.1:5432 and DATABASE_URL is unset: using an embedded PostgreSQL',
    );
  }
  return { url: resolved.url, stop: async () => resolved.embedded?.stop() };
}

export async function prepareDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  const { applied } = await migrateDatabase(url);
  console.log(
    applied.length ? `» applied migrations: ${applied.join(', ')}` : '» database schema is up to date',
  );
  const prisma = createPrismaClient({ url, poolMax: 2 });
  try {
    await seedCatalog(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log('» catalog seeded');
}

export async function migrate(): Promise<void> {
  const db = await resolveDatabase();
  try {
    await ensureDatabase(db.url);
    const { applied } = await migrateDatabase(db.url);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
  } finally {
    await db.stop();
  }
}

export async function seed(): Promise<void> {
  const db = await resolveDatabase();
  try {
    await prepareDatabase(db.url);
  } finally {
    await db.stop();
  }
}
