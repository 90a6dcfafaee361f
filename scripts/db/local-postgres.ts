/**
 * Which PostgreSQL the local commands (dev, demo) use: DATABASE_URL; else 127.0.0.1:5432 if it answers; else an
 * embedded PostgreSQL from npm (data in <repo>/.kushim/pg, port 54329). Implementation: @kushim/db/local-postgres.
 * `tsx scripts/db/local-postgres.ts` prints the URL it resolves (and stops an embedded server it started).
 */
import { resolveDatabaseUrl } from '@kushim/db/local-postgres';

export { resolveDatabaseUrl };
export type { ResolvedDatabase, ResolveDatabaseUrlOptions } from '@kushim/db/local-postgres';

if (require.main === module) {
  resolveDatabaseUrl()
    .then(async ({ url, embedded }) => {
      console.log(url);
      await embedded?.stop();
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
