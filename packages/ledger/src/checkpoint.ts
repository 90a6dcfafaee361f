import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const CHECKPOINT_PAYLOAD_VERSION = 1;

/** What a checkpoint attests: "organization X's chain had hash H at seq N", chained to the previous checkpoint. */
export interface CheckpointFields {
  organizationId: string;
  seq: number;
  hash: string;
  signedAt: Date | string;
  keyId: string;
  /** The previous checkpoint's signature for this organization; null for its first checkpoint. */
  prevSignature: string | null;
}

/** A stored checkpoint: the fields plus the base64 Ed25519 signature over `checkpointPayload(fields)`. */
export interface SignedCheckpoint extends CheckpointFields {
  signature: string;
}

/** Public keys by key id; retired keys stay here so that checkpoints signed before a rotation keep verifying. */
export type PublicKeysById = ReadonlyMap<string, KeyObject>;

export type CheckpointVerification =
  { valid: true } | { valid: false; reason: 'unknown-key' | 'bad-signature' };

function isoMillis(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`checkpoint signedAt is not a valid time: ${String(value)}`);
  }
  return date.toISOString();
}

/** The exact bytes that are signed: UTF-8 of the RFC 8785 canonical JSON of the fields, tagged with kind and version. */
export function checkpointPayload(fields: CheckpointFields): Buffer {
  return Buffer.from(
    canonicalJson({
      kind: 'kushim.ledger.checkpoint',
      version: CHECKPOINT_PAYLOAD_VERSION,
      organizationId: fields.organizationId,
      seq: fields.seq,
      hash: fields.hash,
      signedAt: isoMillis(fields.signedAt),
      keyId: fields.keyId,
      prevSignature: fields.prevSignature,
    }),
    'utf8',
  );
}

/** Ed25519 signature (base64) of a checkpoint payload. */
export function signCheckpoint(payload: Uint8Array, privateKey: KeyObject): string {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new TypeError('checkpoints are signed with Ed25519 keys only');
  }
  return sign(null, payload, privateKey).toString('base64');
}

export function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  publicKeysById: PublicKeysById,
): CheckpointVerification {
  const publicKey = publicKeysById.get(checkpoint.keyId);
  if (!publicKey || publicKey.asymmetricKeyType !== 'ed25519') {
    return { valid: false, reason: 'unknown-key' };
  }
  const signature = Buffer.from(checkpoint.signature, 'base64');
  const ok = verify(null, checkpointPayload(checkpoint), publicKey, signature);
  return ok ? { valid: true } : { valid: false, reason: 'bad-signature' };
}
