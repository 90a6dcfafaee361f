import { createPublicKey, type KeyObject } from 'node:crypto';
import type { PublicKeysById } from '../checkpoint';

/**
 * The published form of the ledger's verification keys — `GET /api/v1/ledger/keys` and an export's `keys.json`:
 * every key id checkpoints may carry, with its Ed25519 public key as SPKI PEM. Retired keys stay listed.
 */
export interface PublishedKeys {
  keys: { keyId: string; algorithm: 'Ed25519'; publicKeyPem: string }[];
}

export function publishKeys(keys: PublicKeysById): PublishedKeys {
  return {
    keys: [...keys.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([keyId, key]) => ({
        keyId,
        algorithm: 'Ed25519' as const,
        publicKeyPem: key.export({ format: 'pem', type: 'spki' }).toString(),
      })),
  };
}

/** Reads published keys back; throws a TypeError naming the entry when one is not an Ed25519 public key. */
export function readPublishedKeys(document: unknown): Map<string, KeyObject> {
  const entries = (document as Partial<PublishedKeys> | null)?.keys;
  if (!Array.isArray(entries)) {
    throw new TypeError('keys: expected {"keys": [{keyId, algorithm, publicKeyPem}]}');
  }
  const keys = new Map<string, KeyObject>();
  entries.forEach((entry, index) => {
    if (typeof entry?.keyId !== 'string' || typeof entry.publicKeyPem !== 'string') {
      throw new TypeError(`keys[${index}]: keyId and publicKeyPem must be strings`);
    }
    const key = createPublicKey(entry.publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new TypeError(`keys[${index}] (${entry.keyId}): not an Ed25519 public key`);
    }
    keys.set(entry.keyId, key);
  });
  return keys;
}
