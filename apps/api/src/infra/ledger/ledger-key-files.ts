import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LedgerSigningKeyError } from './ledger-key-errors';

/** Key ids become file names, so they are restricted to a safe alphabet. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** `<keyId>.pem` holds a private key (current or retired); `<keyId>.pub.pem` a retired key's public half only. */
function keyIdOfFile(fileName: string): string | null {
  const match = /^(.+?)(\.pub)?\.pem$/.exec(fileName);
  return match?.[1] && KEY_ID_PATTERN.test(match[1]) ? match[1] : null;
}

/** Every public key in `dir` by key id; a missing directory is an empty key set. */
export async function readPublicKeys(dir: string): Promise<Map<string, KeyObject>> {
  const keys = new Map<string, KeyObject>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return keys;
    }
    throw error;
  }
  for (const name of names.sort()) {
    const keyId = keyIdOfFile(name);
    if (!keyId || keys.has(keyId)) {
      continue;
    }
    // createPublicKey derives the public half from a private key PEM too. A file that is not an Ed25519 key is
    // skipped: checkpoints that name its id then fail verification as 'unknown-key', which is visible.
    try {
      const publicKey = createPublicKey(await readFile(path.join(dir, name), 'utf8'));
      if (publicKey.asymmetricKeyType === 'ed25519') {
        keys.set(keyId, publicKey);
      }
    } catch {
      continue;
    }
  }
  return keys;
}

/**
 * The private key in `<dir>/<keyId>.pem`, generated (mode 0600) when absent. The exclusive create makes two
 * processes racing on first run agree on one key: the loser reads the winner's file.
 */
export async function loadOrCreatePrivateKey(dir: string, keyId: string): Promise<KeyObject> {
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw new LedgerSigningKeyError(`LEDGER_SIGNING_KEY_ID "${keyId}" is not a valid key id`);
  }
  const file = path.join(dir, `${keyId}.pem`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  try {
    await writeFile(file, pem, { flag: 'wx', mode: 0o600 });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
  }
  const existing = createPrivateKey(await readFile(file, 'utf8'));
  if (existing.asymmetricKeyType !== 'ed25519') {
    throw new LedgerSigningKeyError(`${file} is not an Ed25519 private key`);
  }
  return existing;
}

/** LEDGER_SIGNING_KEY: base64 of a PKCS#8 DER Ed25519 private key. */
export function parseSigningKey(base64: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new LedgerSigningKeyError('LEDGER_SIGNING_KEY is not a base64 PKCS#8 DER private key');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new LedgerSigningKeyError('LEDGER_SIGNING_KEY must be an Ed25519 key');
  }
  return key;
}
