/** What the medium tier's global setup (test/medium-global-setup.ts) gives every test worker. */
export interface TestEnv {
  /** Owner role: bypasses row-level security. Setup, seeds and tamper tests only. */
  databaseUrl: string;
  /** kushim_app role: row-level security applies. */
  databaseAppUrl: string;
  redisUrl: string;
  /** Unique per run; every Redis key a test writes must start with it (teardown deletes `<prefix>*`). */
  redisPrefix: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run medium tests through vitest's "medium" project (test/medium-global-setup.ts).`,
    );
  }
  return value;
}

/** The per-run environment, read from the process environment the global setup filled in. */
export function testEnv(): TestEnv {
  return {
    databaseUrl: required('DATABASE_URL'),
    databaseAppUrl: required('DATABASE_APP_URL'),
    redisUrl: required('REDIS_URL'),
    redisPrefix: required('REDIS_PREFIX'),
  };
}
