import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const DevSecretsSchema = z
  .object({ jwtSecret: z.string().min(32).optional(), credentialsKey: z.string().min(40).optional() })
  .loose();
type DevSecrets = z.infer<typeof DevSecretsSchema>;

function readDevSecrets(file: string): DevSecrets {
  try {
    const parsed = DevSecretsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) {
      return parsed.data;
    }
  } catch {
    // Missing or unreadable: start empty.
  }
  return {};
}

/** Reads one secret from `<state dir>/dev-secrets.json`, generating and keeping it (other secrets kept) if absent. */
function devSecret(stateDir: string, name: 'jwtSecret' | 'credentialsKey', generate: () => string): string {
  const file = path.join(stateDir, 'dev-secrets.json');
  const secrets = readDevSecrets(file);
  const existing = secrets[name];
  if (existing) {
    return existing;
  }
  const value = generate();
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...secrets, [name]: value }, null, 2)}\n`, { mode: 0o600 });
  return value;
}

/**
 * Development and test only: a JWT secret generated on first boot and kept in `<state dir>/dev-secrets.json`, so
 * sessions survive restarts without anyone configuring a secret. Production requires JWT_SECRET (env schema).
 */
export function devJwtSecret(stateDir: string): string {
  return devSecret(stateDir, 'jwtSecret', () => randomBytes(48).toString('base64url'));
}

/** The key id of the development credentials key. */
export const DEV_CREDENTIALS_KEY_ID = 'dev';

/**
 * Development and test only: a 256-bit key for provider credentials kept next to the JWT secret, so integrations
 * connected in development stay decryptable across restarts. Production requires CREDENTIALS_KEYS (env schema).
 * Returns CREDENTIALS_KEYS syntax: `<keyId>:<base64 key>`.
 */
export function devCredentialsKeys(stateDir: string): string {
  const key = devSecret(stateDir, 'credentialsKey', () => randomBytes(32).toString('base64'));
  return `${DEV_CREDENTIALS_KEY_ID}:${key}`;
}
