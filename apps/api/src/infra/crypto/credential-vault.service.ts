import { Inject, Injectable } from '@nestjs/common';
import { ApiConfig } from '@/config/api-config';
import { decryptCredentials, encryptCredentials, type CredentialBinding } from './credential-cipher';
import { parseCredentialKeys, type CredentialKeyRing } from './credential-keys';

/**
 * Seals provider credentials (a JSON object) for storage and opens them for a collect job. The plaintext exists
 * only in memory of the request or job that needs it: never logged, never returned, never in a job payload.
 */
@Injectable()
export class CredentialVault {
  private readonly ring: CredentialKeyRing;

  constructor(@Inject(ApiConfig) config: ApiConfig) {
    this.ring = parseCredentialKeys(config.env.CREDENTIALS_KEYS, config.env.CREDENTIALS_ACTIVE_KEY_ID);
  }

  seal(binding: CredentialBinding, credentials: Record<string, unknown>): string {
    return encryptCredentials(this.ring, binding, JSON.stringify(credentials));
  }

  open(binding: CredentialBinding, sealed: string): unknown {
    return JSON.parse(decryptCredentials(this.ring, binding, sealed)) as unknown;
  }
}
