import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const DevSecretsSchema = z.object({ jwtSecret: z.string().min(32) }).loose();

/**
 * Development and test only: a JWT secret generated on first boot and kept in `<state dir>/dev-secrets.json`, so
 * sessions survive restarts without anyone configuring a secret. Production requires JWT_SECRET (env schema).
 */
export function devJwtSecret(stateDir: string): string {
  const file = path.join(stateDir, 'dev-secrets.json');
  try {
    const parsed = DevSecretsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.jwtSecret;
  } catch {
    // Missing or unreadable: generate below.
  }
  const jwtSecret = randomBytes(48).toString('base64url');
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ jwtSecret }, null, 2)}\n`, { mode: 0o600 });
  return jwtSecret;
}
