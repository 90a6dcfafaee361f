import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildChain, ORG_ID } from './chain.fixture';
import { GENESIS_HASH } from './chain-hash';
import { checkpointPayload, signCheckpoint, type SignedCheckpoint } from './checkpoint';
import { LedgerVerifier } from './verify-ledger';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicKeys = new Map([['k1', publicKey]]);
const chain = buildChain(10);

function checkpointsAt(seqs: number[]): SignedCheckpoint[] {
  const out: SignedCheckpoint[] = [];
  for (const seq of seqs) {
    const fields = {
      organizationId: ORG_ID,
      seq,
      hash: chain[seq - 1]!.hash,
      signedAt: new Date(Date.UTC(2026, 0, 2, 0, seq)),
      keyId: 'k1',
      prevSignature: out.at(-1)?.signature ?? null,
    };
    out.push({ ...fields, signature: signCheckpoint(checkpointPayload(fields), privateKey) });
  }
  return out;
}

describe('LedgerVerifier', () => {
  it('verifies a whole chain under its checkpoints, with events after the last one allowed', () => {
    const verifier = new LedgerVerifier({ checkpoints: checkpointsAt([3, 7]), publicKeys });
    verifier.push(chain.slice(0, 5));
    verifier.push(chain.slice(5));
    expect(verifier.result()).toEqual({
      valid: true,
      firstSeq: 1,
      lastSeq: 10,
      lastHash: chain[9]!.hash,
      checkpointsVerified: 2,
    });
  });

  it('verifies an excerpt that opens at a signed checkpoint and closes at another', () => {
    const checkpoints = checkpointsAt([3, 7, 10]).slice(1);
    const opening = { seq: 7, hash: chain[6]!.hash };
    const verifier = new LedgerVerifier({ checkpoints, publicKeys, excerpt: { start: opening } });
    verifier.push(chain.slice(7));
    expect(verifier.result()).toMatchObject({ valid: true, firstSeq: 8, lastSeq: 10 });
  });

  it('refuses an excerpt whose start is not the opening checkpoint, or whose tail is unsigned', () => {
    const checkpoints = checkpointsAt([3, 7, 10]).slice(1);
    const unanchored = new LedgerVerifier({
      checkpoints,
      publicKeys,
      excerpt: { start: { seq: 6, hash: chain[5]!.hash } },
    });
    unanchored.push(chain.slice(6));
    expect(unanchored.result()).toEqual({ valid: false, brokenAtSeq: 7, reason: 'unanchored-start' });

    const tail = new LedgerVerifier({
      checkpoints: checkpointsAt([3, 7]),
      publicKeys,
      excerpt: { start: { seq: 0, hash: GENESIS_HASH } },
    });
    tail.push(chain);
    expect(tail.result()).toEqual({ valid: false, brokenAtSeq: 8, reason: 'unsigned-tail' });
  });

  it('reports a bad checkpoint signature before reading any event', () => {
    const checkpoints = checkpointsAt([3, 7]);
    checkpoints[1] = { ...checkpoints[1]!, hash: chain[5]!.hash };
    const verifier = new LedgerVerifier({ checkpoints, publicKeys });
    expect(verifier.push(chain)).toBe(false);
    expect(verifier.result()).toEqual({
      valid: false,
      brokenAtSeq: 7,
      reason: 'checkpoint-bad-signature',
      checkpointIndex: 1,
    });
  });
});
