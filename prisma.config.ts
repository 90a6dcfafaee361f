import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The Prisma CLI is used for `generate` only (its migrate commands need a schema-engine binary that cannot be
// downloaded offline); migrations are created and applied by scripts/db (see docs/adr/0002-migrations-offline.md).
export default defineConfig({
  schema: path.join(__dirname, 'prisma', 'schema'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/kushim' },
});
