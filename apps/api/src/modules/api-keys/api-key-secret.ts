import { newSecretToken } from '../../infra/crypto/secret-token';

export const API_KEY_PREFIX = 'ksm_';
/** How much of the key is kept in clear to recognise it in lists: `ksm_` + 8 characters. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

export function newApiKeySecret(): { key: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${newSecretToken()}`;
  return { key, prefix: key.slice(0, VISIBLE_LENGTH) };
}
