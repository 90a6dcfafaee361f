import path from 'node:path';
import { devCredentialsKeys, devJwtSecret } from './dev-secrets';
import { deriveAppDatabaseUrl, parseEnv, type Env, type EnvProblem, type ParsedEnv } from './env.schema';
import { resolveStateDir } from './state-dir';

export class InvalidEnvError extends Error {
  constructor(readonly problems: EnvProblem[]) {
    super(`Invalid environment:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'InvalidEnvError';
  }
}

/** Fills in the values derived from others; the development JWT secret is read from (or written to) the state dir. */
export function deriveEnv(parsed: ParsedEnv): Env {
  const stateDir = resolveStateDir(parsed.KUSHIM_STATE_DIR);
  return {
    ...parsed,
    DATABASE_APP_URL: parsed.DATABASE_APP_URL ?? deriveAppDatabaseUrl(parsed.DATABASE_URL),
    JWT_SECRET: parsed.JWT_SECRET ?? devJwtSecret(stateDir),
    CREDENTIALS_KEYS: parsed.CREDENTIALS_KEYS ?? devCredentialsKeys(stateDir),
    KUSHIM_STATE_DIR: stateDir,
    LEDGER_KEYS_DIR: path.resolve(parsed.LEDGER_KEYS_DIR ?? path.join(stateDir, 'ledger-keys')),
    EVIDENCE_DIR: path.resolve(parsed.EVIDENCE_DIR ?? path.join(stateDir, 'evidence')),
  };
}

/** Parses and derives the environment; throws InvalidEnvError naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = parseEnv(source);
  if (!result.ok) {
    throw new InvalidEnvError(result.problems);
  }
  return deriveEnv(result.env);
}

/** For entry points: on a bad environment print each variable and reason, then exit 1. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env): Env {
  try {
    return loadEnv(source);
  } catch (error) {
    if (error instanceof InvalidEnvError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
