import type { ChainedLedgerEvent } from './audit-event-body';
import type { PublicKeysById, SignedCheckpoint } from './checkpoint';
import { verifyCheckpointChain } from './checkpoint-chain';
import { GENESIS_HASH } from './chain-hash';
import { ChainVerifier, type ChainBreakReason } from './verify-chain';

export type LedgerBreakReason =
  | ChainBreakReason
  | 'checkpoint-unknown-key'
  | 'checkpoint-bad-signature'
  | 'checkpoint-prev-signature-mismatch'
  | 'checkpoint-seq-not-increasing'
  | 'checkpoint-organization-mismatch'
  | 'unsigned-tail'
  | 'unanchored-start';

export type LedgerVerification =
  | { valid: true; firstSeq: number; lastSeq: number; lastHash: string; checkpointsVerified: number }
  | {
      valid: false;
      brokenAtSeq: number;
      reason: LedgerBreakReason;
      /** Position of the offending checkpoint in the list, for checkpoint failures. */
      checkpointIndex?: number;
    };

export interface LedgerVerifierOptions {
  checkpoints: readonly SignedCheckpoint[];
  publicKeys: PublicKeysById;
  /**
   * An excerpt of the chain (an export) that picks up after `start` (seq 0 and GENESIS_HASH for the beginning).
   * A start past the beginning must be the first checkpoint's (seq, hash) — the signed opening anchor — and every
   * event must be covered by the last checkpoint.
   */
  excerpt?: { start: { seq: number; hash: string } };
}

/**
 * The one verifier of an organization's ledger, used by `GET …/audit-events/verify` (events fed in pages from the
 * database) and by `kushim-verify` (events read from an export): checkpoint signatures and their own chain first,
 * then every event's link and hash, with every checkpointed seq required to carry the signed hash.
 */
export class LedgerVerifier {
  private readonly chain: ChainVerifier;
  private readonly checkpointFailure: LedgerVerification | null;
  private readonly options: LedgerVerifierOptions;
  private firstSeq: number | null = null;

  constructor(options: LedgerVerifierOptions) {
    this.options = options;
    const signatures = verifyCheckpointChain(options.checkpoints, options.publicKeys, {
      excerpt: options.excerpt !== undefined,
    });
    this.checkpointFailure = signatures.valid
      ? unanchoredStart(options)
      : {
          valid: false,
          brokenAtSeq: signatures.seq,
          reason: `checkpoint-${signatures.reason}`,
          checkpointIndex: signatures.index,
        };
    this.chain = new ChainVerifier({
      anchors: new Map(options.checkpoints.map((checkpoint) => [checkpoint.seq, checkpoint.hash])),
      start: options.excerpt?.start,
    });
  }

  /** Feeds the next events in seq order. Returns false once the ledger is known to be broken. */
  push(events: readonly ChainedLedgerEvent[]): boolean {
    if (this.checkpointFailure) {
      return false;
    }
    if (this.firstSeq === null && events.length > 0) {
      this.firstSeq = events[0]!.seq;
    }
    return this.chain.push(events);
  }

  result(): LedgerVerification {
    if (this.checkpointFailure) {
      return this.checkpointFailure;
    }
    const chain = this.chain.result();
    if (!chain.valid) {
      return chain;
    }
    const last = this.options.checkpoints.at(-1);
    if (this.options.excerpt && (!last || last.seq !== chain.lastSeq)) {
      return { valid: false, brokenAtSeq: (last?.seq ?? 0) + 1, reason: 'unsigned-tail' };
    }
    return {
      valid: true,
      firstSeq: this.firstSeq ?? chain.lastSeq,
      lastSeq: chain.lastSeq,
      lastHash: chain.lastHash,
      checkpointsVerified: this.options.checkpoints.length,
    };
  }
}

/** An excerpt's starting link must be the genesis or the signed opening checkpoint; anything else is unproven. */
function unanchoredStart(options: LedgerVerifierOptions): LedgerVerification | null {
  const start = options.excerpt?.start;
  if (!start) {
    return null;
  }
  const opening = options.checkpoints[0];
  const anchored =
    start.seq === 0
      ? start.hash === GENESIS_HASH
      : opening !== undefined && opening.seq === start.seq && opening.hash === start.hash;
  return anchored ? null : { valid: false, brokenAtSeq: start.seq + 1, reason: 'unanchored-start' };
}
