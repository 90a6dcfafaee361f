import { verifyCheckpoint, type PublicKeysById, type SignedCheckpoint } from './checkpoint';

export type CheckpointChainBreakReason =
  | 'unknown-key'
  | 'bad-signature'
  | 'prev-signature-mismatch'
  | 'seq-not-increasing'
  | 'organization-mismatch';

export type CheckpointChainVerification =
  | { valid: true; count: number; last: SignedCheckpoint | null }
  | { valid: false; index: number; seq: number; reason: CheckpointChainBreakReason };

/**
 * Verifies one organization's checkpoints in signing order: each signature is valid under its key id, each
 * checkpoint names the previous one's signature (the first names none), seqs strictly increase, and all belong to
 * the same organization. Removing, reordering or re-signing a checkpoint breaks this.
 */
export function verifyCheckpointChain(
  checkpoints: readonly SignedCheckpoint[],
  publicKeysById: PublicKeysById,
  options: {
    /**
     * The list is a contiguous excerpt (an export): its first checkpoint may name a predecessor that is not in it.
     * Every later link is still checked.
     */
    excerpt?: boolean;
  } = {},
): CheckpointChainVerification {
  let previous: SignedCheckpoint | null = null;
  for (const [index, checkpoint] of checkpoints.entries()) {
    const fail = (reason: CheckpointChainBreakReason): CheckpointChainVerification => ({
      valid: false,
      index,
      seq: checkpoint.seq,
      reason,
    });
    const signature = verifyCheckpoint(checkpoint, publicKeysById);
    if (!signature.valid) {
      return fail(signature.reason);
    }
    const firstOfExcerpt = index === 0 && options.excerpt === true;
    if (!firstOfExcerpt && checkpoint.prevSignature !== (previous?.signature ?? null)) {
      return fail('prev-signature-mismatch');
    }
    if (previous && checkpoint.organizationId !== previous.organizationId) {
      return fail('organization-mismatch');
    }
    if (previous && checkpoint.seq <= previous.seq) {
      return fail('seq-not-increasing');
    }
    previous = checkpoint;
  }
  return { valid: true, count: checkpoints.length, last: previous };
}
