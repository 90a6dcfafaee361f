import { createHash } from 'node:crypto';
import { canonicalJson } from '@kushim/ledger';

/** SHA-256 (hex) of the canonical JSON (RFC 8785) of evidence content: identical data, identical hash. */
export function evidenceContentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
