/** A parse failure of CREDENTIALS_KEYS / CREDENTIALS_ACTIVE_KEY_ID, naming the problem without the key material. */
export class CredentialKeysError extends Error {
  override readonly name = 'CredentialKeysError';
}

export interface CredentialKeyRing {
  /** Key id → 32-byte AES-256 key. */
  keys: ReadonlyMap<string, Buffer>;
  /** New ciphertexts are written with this key; the others only decrypt (rotation). */
  activeKeyId: string;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses `CREDENTIALS_KEYS` = comma-separated `<keyId>:<base64 32-byte key>` entries. The active key is
 * `activeKeyId` when given, else the last entry (append a new key, then drop the old one once re-encrypted).
 */
export function parseCredentialKeys(source: string, activeKeyId?: string): CredentialKeyRing {
  const keys = new Map<string, Buffer>();
  const entries = source
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator) : '';
    if (!KEY_ID.test(id)) {
      throw new CredentialKeysError('each entry must be <keyId>:<base64 key> with a key id of [A-Za-z0-9_-]');
    }
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (key.length !== 32) {
      throw new CredentialKeysError(`key "${id}" must be 32 bytes (base64)`);
    }
    if (keys.has(id)) {
      throw new CredentialKeysError(`key "${id}" is listed twice`);
    }
    keys.set(id, key);
  }
  const active = activeKeyId ?? [...keys.keys()].at(-1);
  if (!active) {
    throw new CredentialKeysError('at least one key is required');
  }
  if (!keys.has(active)) {
    throw new CredentialKeysError(`the active key "${active}" is not among the keys`);
  }
  return { keys, activeKeyId: active };
}
