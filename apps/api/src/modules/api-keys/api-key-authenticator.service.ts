import { Injectable } from '@nestjs/common';
import { asOrgId } from '@kushim/db';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/time/clock';
import { sha256Hex } from '../../infra/crypto/secret-token';
import { DatabaseService } from '../../infra/database/database.service';

const LAST_USED_RESOLUTION_MS = 60_000;

/** Resolves `ksm_…` keys to their organization and role; records use at most once a minute per key. */
@Injectable()
export class ApiKeyAuthenticator {
  constructor(
    private readonly database: DatabaseService,
    private readonly clock: Clock,
  ) {}

  async authenticate(key: string): Promise<Actor | null> {
    const apiKeyHash = sha256Hex(key);
    const row = await this.database.scoped({ apiKeyHash }, (tx) =>
      tx.apiKey.findUnique({ where: { keyHash: apiKeyHash } }),
    );
    if (!row || row.revokedAt || row.role === 'OWNER') {
      return null;
    }
    const orgId = asOrgId(row.organizationId);
    const now = this.clock.now();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.database.scoped({ orgId, apiKeyHash }, (tx) =>
        tx.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } }),
      );
    }
    return { kind: 'api-key', apiKeyId: row.id, orgId, role: row.role, name: row.name };
  }
}
