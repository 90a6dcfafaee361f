import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CredentialKeyRing } from './credential-keys';

/** The ciphertext cannot be opened: unknown key id, wrong organization/integration, or altered bytes. */
export class CredentialDecryptionError extends Error {
  override readonly name = 'CredentialDecryptionError';
}

const VERSION = 'v1';
const IV_BYTES = 12;

/** What a ciphertext is bound to: it only decrypts for the same organization and integration. */
export interface CredentialBinding {
  organizationId: string;
  integrationId: string;
}

function aad(binding: CredentialBinding): Buffer {
  return Buffer.from(
    `kushim:integration-credentials:${binding.organizationId}:${binding.integrationId}`,
    'utf8',
  );
}

/**
 * AES-256-GCM. Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id travels with the
 * ciphertext, so keys rotate without re-encrypting everything at once; the organization and integration ids are
 * additional authenticated data, so a ciphertext copied to another row does not decrypt.
 */
export function encryptCredentials(
  ring: CredentialKeyRing,
  binding: CredentialBinding,
  plaintext: string,
): string {
  const key = ring.keys.get(ring.activeKeyId);
  if (!key) {
    throw new CredentialDecryptionError(`the active key "${ring.activeKeyId}" is missing`);
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(binding));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return [VERSION, ring.activeKeyId, ...parts].join('.');
}

export function decryptCredentials(
  ring: CredentialKeyRing,
  binding: CredentialBinding,
  sealed: string,
): string {
  const [version, keyId, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined || rest.length > 0) {
    throw new CredentialDecryptionError('not a Kushim credentials ciphertext');
  }
  const key = ring.keys.get(keyId);
  if (!key) {
    throw new CredentialDecryptionError(
      `credentials were encrypted with key "${keyId}", which is not configured`,
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new CredentialDecryptionError(
      'credentials failed authentication (altered, or bound to another integration)',
    );
  }
}

/** The key id a ciphertext was written with (to find rows still on a retired key). */
export function credentialKeyId(sealed: string): string | undefined {
  return sealed.split('.')[1];
}
