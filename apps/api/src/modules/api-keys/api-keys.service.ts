import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  roleAtLeast,
  type ApiKeyList,
  type ApiKeyView,
  type CreateApiKeyRequest,
  type CreateApiKeyResponse,
} from '@kushim/contracts';
import type { ApiKey } from '@kushim/db';
import { auditActor, type Actor, type Membership, type RequestContextValue } from '../../common/auth';
import { Clock } from '../../common/time/clock';
import { sha256Hex } from '../../infra/crypto/secret-token';
import { DatabaseService } from '../../infra/database/database.service';
import { AuditService } from '../audit/audit.service';
import { newApiKeySecret } from './api-key-secret';

function toView(row: ApiKey): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(membership: Membership): Promise<ApiKeyList> {
    const rows = await this.database.tenant(membership.orgId, (tx) =>
      tx.apiKey.findMany({
        where: { organizationId: membership.orgId },
        orderBy: { createdAt: 'desc' },
        take: 500,
      }),
    );
    return { items: rows.map(toView) };
  }

  /** The key is returned here and never again: only its SHA-256 is stored. */
  async create(
    membership: Membership,
    actor: Actor,
    input: CreateApiKeyRequest,
    context: RequestContextValue,
  ): Promise<CreateApiKeyResponse> {
    if (!roleAtLeast(membership.role, input.role)) {
      throw new ForbiddenException('An API key cannot have a stronger role than its creator');
    }
    const { key, prefix } = newApiKeySecret();
    const orgId = membership.orgId;
    const row = await this.database.tenant(orgId, async (tx) => {
      const created = await tx.apiKey.create({
        data: {
          organizationId: orgId,
          name: input.name,
          role: input.role,
          prefix,
          keyHash: sha256Hex(key),
          createdById: actor.kind === 'user' ? actor.userId : null,
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'api-key.created',
        target: { type: 'api-key', id: created.id },
        payload: { name: created.name, role: created.role, prefix },
        requestId: context.requestId,
        ip: context.ip,
      });
      return created;
    });
    return { key, apiKey: toView(row) };
  }

  async revoke(
    membership: Membership,
    actor: Actor,
    apiKeyId: string,
    context: RequestContextValue,
  ): Promise<void> {
    const orgId = membership.orgId;
    await this.database.tenant(orgId, async (tx) => {
      const row = await tx.apiKey.findFirst({ where: { id: apiKeyId, organizationId: orgId } });
      if (!row) {
        throw new NotFoundException('API key not found');
      }
      if (row.revokedAt) {
        return;
      }
      await tx.apiKey.update({ where: { id: row.id }, data: { revokedAt: this.clock.now() } });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'api-key.revoked',
        target: { type: 'api-key', id: row.id },
        payload: { name: row.name, prefix: row.prefix },
        requestId: context.requestId,
        ip: context.ip,
      });
    });
  }
}
