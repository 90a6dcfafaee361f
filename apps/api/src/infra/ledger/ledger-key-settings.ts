import type { Env } from '@/config/env.schema';

/** Where the Ed25519 checkpoint key comes from (env: LEDGER_SIGNING_KEY, LEDGER_SIGNING_KEY_ID, LEDGER_KEYS_DIR). */
export interface LedgerKeySettings {
  nodeEnv: 'development' | 'test' | 'production';
  /** Base64 of a PKCS#8 DER Ed25519 private key. Required to sign in production. */
  signingKey?: string | undefined;
  /** Defaults to a fingerprint of the key (ledgerKeyId) when a key is given, else to DEV_SIGNING_KEY_ID. */
  signingKeyId?: string | undefined;
  /** Absolute directory of `<keyId>.pem` files: the generated dev key and the public (or private) keys of retired ids. */
  keysDir: string;
}

export const LEDGER_KEY_SETTINGS = Symbol('LEDGER_KEY_SETTINGS');

/** The key id generated (and reused) in development and test when no key is configured. */
export const DEV_SIGNING_KEY_ID = 'dev-1';

export function ledgerKeySettingsFrom(env: Env): LedgerKeySettings {
  return {
    nodeEnv: env.NODE_ENV,
    signingKey: env.LEDGER_SIGNING_KEY,
    signingKeyId: env.LEDGER_SIGNING_KEY_ID,
    keysDir: env.LEDGER_KEYS_DIR,
  };
}
