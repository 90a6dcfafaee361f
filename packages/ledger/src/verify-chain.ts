import { auditEventBody, type ChainedLedgerEvent } from './audit-event-body';
import { chainHash, GENESIS_HASH } from './chain-hash';

export type ChainBreakReason =
  'seq-gap' | 'seq-duplicate' | 'prev-hash-mismatch' | 'hash-mismatch' | 'checkpoint-mismatch' | 'truncated';

export type ChainVerification =
  | { valid: true; lastSeq: number; lastHash: string }
  | { valid: false; brokenAtSeq: number; reason: ChainBreakReason };

export interface ChainVerifierOptions {
  /**
   * Hashes the chain must have at given seqs (from signed checkpoints). A chain whose event at such a seq hashes
   * differently, or that ends before it, was rewritten or truncated after the checkpoint was signed.
   */
  anchors?: ReadonlyMap<number, string>;
  /**
   * Verify a segment that continues an earlier, trusted link (an export's opening checkpoint): the first event must
   * have seq `start.seq + 1` and prevHash `start.hash`. Default: the chain starts at seq 1 from GENESIS_HASH.
   */
  start?: { seq: number; hash: string };
}

/**
 * Verifies a chain fed in pages (ordered by seq), so a long chain never has to sit in memory at once.
 * The first break is final: later pages are ignored.
 */
export class ChainVerifier {
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private broken: { brokenAtSeq: number; reason: ChainBreakReason } | null = null;
  private readonly anchors: ReadonlyMap<number, string>;

  constructor(options: ChainVerifierOptions = {}) {
    this.anchors = options.anchors ?? new Map();
    if (options.start) {
      this.lastSeq = options.start.seq;
      this.lastHash = options.start.hash;
    }
  }

  /** Feeds the next events. Returns false once the chain is known to be broken (the caller may stop reading). */
  push(events: readonly ChainedLedgerEvent[]): boolean {
    for (const event of events) {
      if (this.broken) {
        return false;
      }
      this.broken = this.check(event);
      if (!this.broken) {
        this.lastSeq = event.seq;
        this.lastHash = event.hash;
      }
    }
    return this.broken === null;
  }

  result(): ChainVerification {
    if (this.broken) {
      return { valid: false, ...this.broken };
    }
    for (const seq of this.anchors.keys()) {
      if (seq > this.lastSeq) {
        return { valid: false, brokenAtSeq: this.lastSeq + 1, reason: 'truncated' };
      }
    }
    return { valid: true, lastSeq: this.lastSeq, lastHash: this.lastHash };
  }

  private check(event: ChainedLedgerEvent): { brokenAtSeq: number; reason: ChainBreakReason } | null {
    const expectedSeq = this.lastSeq + 1;
    if (event.seq <= this.lastSeq) {
      return { brokenAtSeq: event.seq, reason: 'seq-duplicate' };
    }
    if (event.seq !== expectedSeq) {
      return { brokenAtSeq: expectedSeq, reason: 'seq-gap' };
    }
    if (event.prevHash !== this.lastHash) {
      return { brokenAtSeq: event.seq, reason: 'prev-hash-mismatch' };
    }
    if (chainHash(event.prevHash, auditEventBody(event)) !== event.hash) {
      return { brokenAtSeq: event.seq, reason: 'hash-mismatch' };
    }
    const anchored = this.anchors.get(event.seq);
    if (anchored !== undefined && anchored !== event.hash) {
      return { brokenAtSeq: event.seq, reason: 'checkpoint-mismatch' };
    }
    return null;
  }
}

/** Verifies a whole chain (ordered by seq, starting at seq 1). An empty chain is valid with lastSeq 0. */
export function verifyChain(
  events: readonly ChainedLedgerEvent[],
  options: ChainVerifierOptions = {},
): ChainVerification {
  const verifier = new ChainVerifier(options);
  verifier.push(events);
  return verifier.result();
}
