import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointPayload, signCheckpoint, verifyCheckpoint, type SignedCheckpoint } from './checkpoint';
import { verifyCheckpointChain } from './checkpoint-chain';
import { ledgerKeyId } from './ledger-key-id';

const ORG_ID = '0193a1b2-0000-7000-8000-000000000001';

function newKey(): { keyId: string; privateKey: KeyObject; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId: ledgerKeyId(publicKey), privateKey, publicKey };
}

function signed(
  key: { keyId: string; privateKey: KeyObject },
  seq: number,
  prevSignature: string | null,
): SignedCheckpoint {
  const fields = {
    organizationId: ORG_ID,
    seq,
    hash: seq.toString(16).padStart(64, '0'),
    signedAt: new Date(Date.UTC(2026, 0, 1, seq)),
    keyId: key.keyId,
    prevSignature,
  };
  return { ...fields, signature: signCheckpoint(checkpointPayload(fields), key.privateKey) };
}

describe('checkpoint signatures', () => {
  const key = newKey();
  const keys = new Map([[key.keyId, key.publicKey]]);

  it('verifies a checkpoint signed with the key its keyId names', () => {
    expect(verifyCheckpoint(signed(key, 3, null), keys)).toEqual({ valid: true });
  });

  it('signs canonical bytes that cover every field, signedAt to the millisecond', () => {
    const payload = checkpointPayload({ ...signed(key, 3, 'prev'), signedAt: '2026-01-01T03:00:00Z' });
    expect(payload.toString('utf8')).toBe(
      `{"hash":"${'3'.padStart(64, '0')}","keyId":"${key.keyId}","kind":"kushim.ledger.checkpoint",` +
        `"organizationId":"${ORG_ID}","prevSignature":"prev","seq":3,"signedAt":"2026-01-01T03:00:00.000Z","version":1}`,
    );
  });

  it('rejects a tampered signature', () => {
    const checkpoint = signed(key, 3, null);
    const bytes = Buffer.from(checkpoint.signature, 'base64');
    bytes[0] = bytes[0]! ^ 0x01;
    const tampered = { ...checkpoint, signature: bytes.toString('base64') };
    expect(verifyCheckpoint(tampered, keys)).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it.each([
    ['seq', { seq: 4 }],
    ['hash', { hash: 'f'.repeat(64) }],
    ['signedAt', { signedAt: new Date(Date.UTC(2026, 0, 1, 3, 0, 0, 1)) }],
    ['organizationId', { organizationId: '0193a1b2-0000-7000-8000-000000000002' }],
    ['prevSignature', { prevSignature: 'x' }],
  ])('rejects a checkpoint whose %s was changed after signing', (_field, change) => {
    expect(verifyCheckpoint({ ...signed(key, 3, null), ...change }, keys)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('rejects a checkpoint signed by a key that is not in the key set', () => {
    const stranger = newKey();
    expect(verifyCheckpoint(signed(stranger, 3, null), keys)).toEqual({
      valid: false,
      reason: 'unknown-key',
    });
  });

  it('rejects a signature made by another key under a known keyId', () => {
    const stranger = newKey();
    const forged = signed({ keyId: key.keyId, privateKey: stranger.privateKey }, 3, null);
    expect(verifyCheckpoint(forged, keys)).toEqual({ valid: false, reason: 'bad-signature' });
  });
});

describe('verifyCheckpointChain', () => {
  const retired = newKey();
  const current = newKey();
  const keys = new Map([
    [retired.keyId, retired.publicKey],
    [current.keyId, current.publicKey],
  ]);

  function rotatedChain(): SignedCheckpoint[] {
    const first = signed(retired, 2, null);
    const second = signed(retired, 5, first.signature);
    const third = signed(current, 9, second.signature);
    return [first, second, third];
  }

  it('verifies checkpoints across a key rotation while the retired public key is known', () => {
    const chain = rotatedChain();
    expect(verifyCheckpointChain(chain, keys)).toEqual({ valid: true, count: 3, last: chain[2] });
  });

  it('names the first checkpoint of a key that is no longer known', () => {
    const onlyCurrent = new Map([[current.keyId, current.publicKey]]);
    expect(verifyCheckpointChain(rotatedChain(), onlyCurrent)).toEqual({
      valid: false,
      index: 0,
      seq: 2,
      reason: 'unknown-key',
    });
  });

  it('detects a removed checkpoint through the next one’s prevSignature', () => {
    const [first, , third] = rotatedChain();
    expect(verifyCheckpointChain([first!, third!], keys)).toEqual({
      valid: false,
      index: 1,
      seq: 9,
      reason: 'prev-signature-mismatch',
    });
  });

  it('requires the first checkpoint to have no predecessor', () => {
    const [, second] = rotatedChain();
    expect(verifyCheckpointChain([second!], keys)).toMatchObject({
      valid: false,
      reason: 'prev-signature-mismatch',
    });
  });

  it('rejects checkpoints whose seq does not increase', () => {
    const first = signed(current, 5, null);
    const second = signed(current, 5, first.signature);
    expect(verifyCheckpointChain([first, second], keys)).toMatchObject({
      valid: false,
      reason: 'seq-not-increasing',
    });
  });

  it('accepts an organization with no checkpoints yet', () => {
    expect(verifyCheckpointChain([], keys)).toEqual({ valid: true, count: 0, last: null });
  });
});
