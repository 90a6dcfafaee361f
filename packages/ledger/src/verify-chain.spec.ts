import { describe, expect, it } from 'vitest';
import { auditEventBody } from './audit-event-body';
import { canonicalJson } from './canonical-json';
import { chainHash, GENESIS_HASH } from './chain-hash';
import { buildChain, ORG_ID, rehashFrom } from './chain.fixture';
import { ChainVerifier, verifyChain } from './verify-chain';

describe('auditEventBody and chainHash', () => {
  it('hashes the documented canonical body (known answer, see docs/ledger.md)', () => {
    const body = auditEventBody({
      organizationId: ORG_ID,
      seq: 1,
      occurredAt: new Date('2026-01-01T00:00:00.000Z'),
      actor: { type: 'USER', id: 'u1' },
      action: 'auth.signed-up',
      payload: { email: 'ada@example.com' },
    });
    expect(canonicalJson(body)).toBe(
      `{"action":"auth.signed-up","actor":{"id":"u1","label":null,"type":"USER"},"ip":null,` +
        `"occurredAt":"2026-01-01T00:00:00.000Z","organizationId":"${ORG_ID}",` +
        `"payload":{"email":"ada@example.com"},"requestId":null,"seq":1,"target":null,"version":1}`,
    );
    // Cross-checked with: printf '%s%s' "$(printf '0%.0s' $(seq 64))" '<the JSON above>' | sha256sum
    expect(chainHash(GENESIS_HASH, body)).toBe(
      'f6d6f21ecebaf320e8c9f8ec0ff5534efe11ff18d5be5ecb8a0b578ce841e965',
    );
  });

  it('gives the same body for an ISO string and a Date with the same millisecond', () => {
    const [event] = buildChain(1);
    const fromString = auditEventBody({ ...event!, occurredAt: '2026-01-01T00:00:01.123Z' });
    expect(fromString).toEqual(auditEventBody(event!));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its last seq and hash', () => {
    const chain = buildChain(6);
    expect(verifyChain(chain)).toEqual({ valid: true, lastSeq: 6, lastHash: chain[5]!.hash });
  });

  it('accepts an empty chain at seq 0 with the genesis hash', () => {
    expect(verifyChain([])).toEqual({ valid: true, lastSeq: 0, lastHash: GENESIS_HASH });
  });

  it('names the missing seq when an event was deleted', () => {
    const chain = buildChain(6);
    chain.splice(2, 1);
    expect(verifyChain(chain)).toEqual({ valid: false, brokenAtSeq: 3, reason: 'seq-gap' });
  });

  it('names the repeated seq when an event appears twice', () => {
    const chain = buildChain(4);
    chain.splice(2, 0, { ...chain[1]! });
    expect(verifyChain(chain)).toEqual({ valid: false, brokenAtSeq: 2, reason: 'seq-duplicate' });
  });

  it('detects two events whose seqs were swapped at the first of them', () => {
    const chain = buildChain(5);
    const second = { ...chain[1]!, seq: 3 };
    const third = { ...chain[2]!, seq: 2 };
    const reordered = [chain[0]!, third, second, chain[3]!, chain[4]!];
    expect(verifyChain(reordered)).toEqual({ valid: false, brokenAtSeq: 2, reason: 'prev-hash-mismatch' });
  });

  it('detects an altered payload at its seq', () => {
    const chain = buildChain(6);
    chain[3] = { ...chain[3]!, payload: { n: 999 } };
    expect(verifyChain(chain)).toEqual({ valid: false, brokenAtSeq: 4, reason: 'hash-mismatch' });
  });

  it.each([
    ['actor id', { actor: { type: 'USER' as const, id: 'someone-else', label: 'ada@example.com' } }],
    ['action', { action: 'auth.logged-out' }],
    ['occurredAt', { occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 2, 124)) }],
    ['ip', { ip: '198.51.100.1' }],
    ['requestId', { requestId: 'forged' }],
    ['target', { target: { type: 'invitation', id: 'other' } }],
    ['organizationId', { organizationId: '0193a1b2-0000-7000-8000-000000000002' }],
  ])('detects a changed %s', (_field, change) => {
    const chain = buildChain(3);
    chain[1] = { ...chain[1]!, ...change };
    expect(verifyChain(chain)).toEqual({ valid: false, brokenAtSeq: 2, reason: 'hash-mismatch' });
  });

  it('detects an altered prevHash at its seq', () => {
    const chain = buildChain(6);
    chain[2] = { ...chain[2]!, prevHash: 'f'.repeat(64) };
    expect(verifyChain(chain)).toEqual({ valid: false, brokenAtSeq: 3, reason: 'prev-hash-mismatch' });
  });

  it('detects a chain that does not start from the genesis hash', () => {
    const chain = buildChain(2);
    chain[0] = { ...chain[0]!, prevHash: 'a'.repeat(64) };
    expect(verifyChain(chain)).toMatchObject({ valid: false, brokenAtSeq: 1 });
  });

  it('catches a fully re-hashed rewrite at the first checkpointed seq after it', () => {
    const chain = buildChain(8);
    const anchors = new Map([[5, chain[4]!.hash]]);
    chain[2] = { ...chain[2]!, payload: { n: -1 } };
    const rewritten = rehashFrom(chain, 2);
    expect(verifyChain(rewritten)).toMatchObject({ valid: true });
    expect(verifyChain(rewritten, { anchors })).toEqual({
      valid: false,
      brokenAtSeq: 5,
      reason: 'checkpoint-mismatch',
    });
  });

  it('catches a chain truncated below a checkpoint', () => {
    const chain = buildChain(8);
    const anchors = new Map([[7, chain[6]!.hash]]);
    expect(verifyChain(chain.slice(0, 5), { anchors })).toEqual({
      valid: false,
      brokenAtSeq: 6,
      reason: 'truncated',
    });
  });

  it('verifies the same chain fed in pages', () => {
    const chain = buildChain(10);
    const verifier = new ChainVerifier();
    expect(verifier.push(chain.slice(0, 3))).toBe(true);
    expect(verifier.push(chain.slice(3, 7))).toBe(true);
    expect(verifier.push(chain.slice(7))).toBe(true);
    expect(verifier.result()).toEqual({ valid: true, lastSeq: 10, lastHash: chain[9]!.hash });
  });
});
