import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: refresh tokens, invitation tokens and the secret part of API keys. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256 (hex): high-entropy secrets need no slow hash. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
