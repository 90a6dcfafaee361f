import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * A stable id for an Ed25519 key, derived from its public half: `ed25519-` + the first 16 hex digits of SHA-256 of
 * its SPKI DER encoding. Used when an operator supplies a key without naming it.
 */
export function ledgerKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return `ed25519-${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}
