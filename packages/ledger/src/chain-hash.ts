import { createHash } from 'node:crypto';
import type { AuditEventBody } from './audit-event-body';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of an organization's first event (seq 1): 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** hex(SHA-256(UTF-8(prevHash) ‖ UTF-8(canonicalJson(body)))) — lower-case, 64 characters. */
export function chainHash(prevHash: string, body: AuditEventBody): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalJson(body), 'utf8').digest('hex');
}
