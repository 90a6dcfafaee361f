import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointPayload, ledgerKeyId, signCheckpoint, verifyCheckpoint } from '@kushim/ledger';
import { LedgerSigningKeyError } from '@/infra/ledger/ledger-key-errors';
import type { LedgerKeySettings } from '@/infra/ledger/ledger-key-settings';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';

let keysDir: string;

beforeEach(async () => {
  keysDir = await mkdtemp(path.join(os.tmpdir(), 'kushim-keys-'));
});
afterEach(async () => {
  await rm(keysDir, { recursive: true, force: true });
});

const service = (settings: Partial<LedgerKeySettings>) =>
  new LedgerKeysService({ nodeEnv: 'development', keysDir: path.join(keysDir, 'ledger'), ...settings });

function sampleCheckpoint(keyId: string) {
  return {
    organizationId: 'org',
    seq: 1,
    hash: '0'.repeat(64),
    signedAt: new Date(),
    keyId,
    prevSignature: null,
  };
}

describe('LedgerKeysService', () => {
  it('generates a development key on first use as a 0600 file and reuses it afterwards', async () => {
    const first = await service({}).signingKey();
    const file = path.join(keysDir, 'ledger', `${first.keyId}.pem`);
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600');
    const again = await service({}).signingKey();
    expect(again.keyId).toBe(first.keyId);
    expect(again.privateKey.export({ format: 'pem', type: 'pkcs8' })).toBe(
      first.privateKey.export({ format: 'pem', type: 'pkcs8' }),
    );
  });

  it('refuses to sign in production without LEDGER_SIGNING_KEY', async () => {
    await expect(service({ nodeEnv: 'production' }).signingKey()).rejects.toThrow(LedgerSigningKeyError);
  });

  it('uses LEDGER_SIGNING_KEY (base64 PKCS#8 DER) with an id derived from its public key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const base64 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const keys = service({ nodeEnv: 'production', signingKey: base64 });
    const signing = await keys.signingKey();
    expect(signing.keyId).toBe(ledgerKeyId(privateKey));
    const fields = sampleCheckpoint(signing.keyId);
    const checkpoint = {
      ...fields,
      signature: signCheckpoint(checkpointPayload(fields), signing.privateKey),
    };
    expect(verifyCheckpoint(checkpoint, await keys.publicKeys())).toEqual({ valid: true });
  });

  it('rejects a LEDGER_SIGNING_KEY that is not an Ed25519 PKCS#8 key', async () => {
    await expect(service({ signingKey: 'bm90IGEga2V5' }).signingKey()).rejects.toThrow(/LEDGER_SIGNING_KEY/);
  });

  it('keeps verifying checkpoints of a retired key after rotation', async () => {
    const retiredService = service({ signingKeyId: 'dev-1' });
    const retired = await retiredService.signingKey();
    const fields = sampleCheckpoint(retired.keyId);
    const old = { ...fields, signature: signCheckpoint(checkpointPayload(fields), retired.privateKey) };

    // Rotation: a new key id; the retired key stays in the directory (here as a public key only).
    const { publicKey } = generateKeyPairSync('ed25519');
    await writeFile(
      path.join(keysDir, 'ledger', 'old-2.pub.pem'),
      publicKey.export({ format: 'pem', type: 'spki' }),
    );
    const rotated = service({ signingKeyId: 'dev-2' });
    expect((await rotated.signingKey()).keyId).toBe('dev-2');
    const known = await rotated.publicKeys();
    expect([...known.keys()].sort()).toEqual(['dev-1', 'dev-2', 'old-2']);
    expect(verifyCheckpoint(old, known)).toEqual({ valid: true });
  });
});
