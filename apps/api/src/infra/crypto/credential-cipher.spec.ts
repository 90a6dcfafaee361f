import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  credentialKeyId,
  CredentialDecryptionError,
  decryptCredentials,
  encryptCredentials,
} from './credential-cipher';
import { CredentialKeysError, parseCredentialKeys } from './credential-keys';

const key = () => randomBytes(32).toString('base64');
const binding = {
  organizationId: '0193f1e2-0000-7000-8000-000000000001',
  integrationId: '0193f1e2-0000-7000-8000-0000000000aa',
};
const secret = JSON.stringify({ token: 'ghp_s3cret' });

describe('credential cipher (AES-256-GCM)', () => {
  const ring = parseCredentialKeys(`k1:${key()}`);

  it('round-trips and never contains the plaintext', () => {
    const sealed = encryptCredentials(ring, binding, secret);
    expect(sealed).not.toContain('s3cret');
    expect(credentialKeyId(sealed)).toBe('k1');
    expect(decryptCredentials(ring, binding, sealed)).toBe(secret);
  });

  it('uses a fresh IV: the same plaintext seals differently each time', () => {
    expect(encryptCredentials(ring, binding, secret)).not.toBe(encryptCredentials(ring, binding, secret));
  });

  it('refuses a ciphertext bound to another integration or organization', () => {
    const sealed = encryptCredentials(ring, binding, secret);
    expect(() =>
      decryptCredentials(ring, { ...binding, integrationId: binding.organizationId }, sealed),
    ).toThrow(CredentialDecryptionError);
    expect(() =>
      decryptCredentials(ring, { ...binding, organizationId: binding.integrationId }, sealed),
    ).toThrow(CredentialDecryptionError);
  });

  it('refuses an altered ciphertext', () => {
    const sealed = encryptCredentials(ring, binding, secret);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => decryptCredentials(ring, binding, parts.join('.'))).toThrow(CredentialDecryptionError);
  });

  it('still opens credentials sealed with a retired key after rotation, and seals new ones with the active key', () => {
    const oldKey = key();
    const before = parseCredentialKeys(`k1:${oldKey}`);
    const sealedBefore = encryptCredentials(before, binding, secret);
    const rotated = parseCredentialKeys(`k1:${oldKey},k2:${key()}`);
    expect(rotated.activeKeyId).toBe('k2');
    expect(decryptCredentials(rotated, binding, sealedBefore)).toBe(secret);
    expect(credentialKeyId(encryptCredentials(rotated, binding, secret))).toBe('k2');
  });

  it('names the missing key when a ciphertext was sealed with a key no longer configured', () => {
    const sealed = encryptCredentials(ring, binding, secret);
    expect(() => decryptCredentials(parseCredentialKeys(`k9:${key()}`), binding, sealed)).toThrow('key "k1"');
  });
});

describe('parseCredentialKeys', () => {
  it('takes the active key id when given', () => {
    expect(parseCredentialKeys(`a:${key()},b:${key()}`, 'a').activeKeyId).toBe('a');
  });

  it('refuses an active key id that is not configured, a short key and a duplicate id', () => {
    expect(() => parseCredentialKeys(`a:${key()}`, 'b')).toThrow(CredentialKeysError);
    expect(() => parseCredentialKeys(`a:${randomBytes(16).toString('base64')}`)).toThrow('32 bytes');
    expect(() => parseCredentialKeys(`a:${key()},a:${key()}`)).toThrow('twice');
    expect(() => parseCredentialKeys('')).toThrow('at least one key');
  });
});
