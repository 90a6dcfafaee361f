import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { ledgerKeyId, type PublicKeysById } from '@kushim/ledger';
import { LedgerSigningKeyError } from './ledger-key-errors';
import { KEY_ID_PATTERN, loadOrCreatePrivateKey, parseSigningKey, readPublicKeys } from './ledger-key-files';
import { DEV_SIGNING_KEY_ID, LEDGER_KEY_SETTINGS, type LedgerKeySettings } from './ledger-key-settings';

export interface LedgerSigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/**
 * The checkpoint signing key and every public key checkpoints may have been signed with. Rotation: configure a new
 * key (and id), keep the old one's `<keyId>.pem` or `<keyId>.pub.pem` in LEDGER_KEYS_DIR; old checkpoints keep
 * verifying under their own key id.
 */
@Injectable()
export class LedgerKeysService {
  private signing: Promise<LedgerSigningKey> | null = null;

  constructor(@Inject(LEDGER_KEY_SETTINGS) private readonly settings: LedgerKeySettings) {}

  /** Only the worker signs. In development and test a key is generated on first use and reused after. */
  signingKey(): Promise<LedgerSigningKey> {
    this.signing ??= this.loadSigningKey();
    return this.signing;
  }

  /** Public keys by id: the configured key plus every key file in LEDGER_KEYS_DIR. Read fresh on each call. */
  async publicKeys(): Promise<PublicKeysById> {
    const keys = await readPublicKeys(this.settings.keysDir);
    if (this.settings.signingKey) {
      const privateKey = parseSigningKey(this.settings.signingKey);
      keys.set(this.configuredKeyId(privateKey), createPublicKey(privateKey));
    }
    return keys;
  }

  private async loadSigningKey(): Promise<LedgerSigningKey> {
    const { signingKey, signingKeyId, nodeEnv, keysDir } = this.settings;
    if (signingKey) {
      const privateKey = parseSigningKey(signingKey);
      return { keyId: this.configuredKeyId(privateKey), privateKey };
    }
    if (nodeEnv === 'production') {
      throw new LedgerSigningKeyError(
        'LEDGER_SIGNING_KEY is required in production (base64 PKCS#8 DER Ed25519 private key); see docs/ledger.md',
      );
    }
    const keyId = signingKeyId ?? DEV_SIGNING_KEY_ID;
    return { keyId, privateKey: await loadOrCreatePrivateKey(keysDir, keyId) };
  }

  private configuredKeyId(privateKey: KeyObject): string {
    const keyId = this.settings.signingKeyId ?? ledgerKeyId(privateKey);
    if (!KEY_ID_PATTERN.test(keyId)) {
      throw new LedgerSigningKeyError(`LEDGER_SIGNING_KEY_ID "${keyId}" is not a valid key id`);
    }
    return keyId;
  }
}
