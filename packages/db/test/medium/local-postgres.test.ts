import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDatabaseUrl, type ResolvedDatabase } from '@kushim/db/local-postgres';
import { testEnv } from '@kushim/db/testing';

/** A TCP port nothing listens on (the OS picks a free one, we close it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('resolveDatabaseUrl', () => {
  const savedDatabaseUrl = testEnv().databaseUrl;
  let started: ResolvedDatabase | undefined;
  let dataDir: string | undefined;

  afterEach(async () => {
    process.env.DATABASE_URL = savedDatabaseUrl;
    await started?.embedded?.stop();
    if (dataDir) {
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    }
    started = undefined;
    dataDir = undefined;
  });

  it('uses DATABASE_URL when it is set, starting nothing', async () => {
    expect(await resolveDatabaseUrl({ probePort: await freePort() })).toEqual({ url: savedDatabaseUrl });
  });

  it('uses the PostgreSQL answering on the probed port when DATABASE_URL is unset', async () => {
    delete process.env.DATABASE_URL;
    const server = new URL(savedDatabaseUrl);
    const resolved = await resolveDatabaseUrl({
      probeHost: server.hostname,
      probePort: Number(server.port || 5432),
    });
    expect(resolved.embedded).toBeUndefined();
    expect(new URL(resolved.url).port).toBe(server.port || '5432');
  });

  it('starts an embedded PostgreSQL when nothing answers on the probed port', async () => {
    delete process.env.DATABASE_URL;
    const parent = await mkdtemp(path.join(tmpdir(), 'kushim-embedded-'));
    // When tests run as root, PostgreSQL runs as the `postgres` system user, which must be able to reach its data.
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'pg');
    const embeddedPort = await freePort();
    started = await resolveDatabaseUrl({
      probePort: await freePort(),
      embeddedDataDir: dataDir,
      embeddedPort,
    });

    expect(started.embedded).toBeDefined();
    expect(started.url).toBe(`postgresql://postgres@127.0.0.1:${embeddedPort}/kushim`);
    const client = new Client({ connectionString: started.url.replace(/\/kushim$/, '/postgres') });
    await client.connect();
    const { rows } = await client.query<{ ok: number }>('select 1 as ok');
    await client.end();
    expect(rows).toEqual([{ ok: 1 }]);
  }, 60_000);
});
