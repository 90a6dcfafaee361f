import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import type {
  ConnectionTest,
  CreateIntegrationRequest,
  IntegrationList,
  IntegrationView,
  UpdateIntegrationRequest,
} from '@kushim/contracts';
import { Prisma, type DbTx, type Integration, type OrgId } from '@kushim/db';
import { auditActor, type Actor, type RequestContextValue } from '@/common/auth';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditService } from '@/modules/audit/audit.service';
import { SweepSchedule } from '@/modules/runs/sweep-schedule.service';
import { toIntegrationView } from './integration.row';
import { ProviderConnection } from './provider-connection.service';

/** A failed live test is bad input in the `credentials` field (400), with the provider's actionable message. */
function rejectedCredentials(test: ConnectionTest): z.ZodError {
  const missing =
    test.missingPermissions.length > 0 ? ` (missing: ${test.missingPermissions.join(', ')})` : '';
  return new z.ZodError([
    {
      code: 'custom',
      path: ['credentials'],
      message: `were not accepted by the provider: ${test.message}${missing}`,
      input: undefined,
    },
  ]);
}

/**
 * Connecting, changing and removing integrations. Credentials are validated against the provider's schema and by
 * a live call before they are sealed; the plaintext never leaves this request (not returned, not logged, not queued).
 */
@Injectable()
export class IntegrationsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly vault: CredentialVault,
    private readonly connection: ProviderConnection,
    private readonly schedule: SweepSchedule,
  ) {}

  async list(orgId: OrgId): Promise<IntegrationList> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.integration.findMany({ where: { organizationId: orgId }, orderBy: { createdAt: 'asc' }, take: 500 }),
    );
    return { items: rows.map(toIntegrationView) };
  }

  async get(orgId: OrgId, integrationId: string): Promise<IntegrationView> {
    return toIntegrationView(await this.database.tenant(orgId, (tx) => this.find(tx, orgId, integrationId)));
  }

  async create(
    orgId: OrgId,
    actor: Actor,
    input: CreateIntegrationRequest,
    context: RequestContextValue,
  ): Promise<IntegrationView> {
    const provider = this.connection.provider(input.provider);
    const credentials = this.connection.parseCredentials(provider, input.credentials);
    const settings = this.connection.parseSettings(provider, input.settings);
    const test = await this.connection.test(provider, credentials, settings);
    if (!test.ok) {
      throw rejectedCredentials(test);
    }
    const id = randomUUID();
    const secretCiphertext = this.vault.seal(
      { organizationId: orgId, integrationId: id },
      credentials as Record<string, unknown>,
    );
    const row = await this.database.tenant(orgId, async (tx) => {
      const created = await tx.integration.create({
        data: {
          id,
          organizationId: orgId,
          provider: provider.id,
          name: input.name,
          settings: settings as Prisma.InputJsonObject,
          secretCiphertext,
          scheduleEveryHours: input.scheduleEveryHours ?? 6,
          createdById: actor.kind === 'user' ? actor.userId : null,
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'integration.connected',
        target: { type: 'integration', id },
        payload: { provider: provider.id, name: input.name },
        requestId: context.requestId,
        ip: context.ip,
      });
      return created;
    });
    await this.schedule.sync(orgId);
    return toIntegrationView(row);
  }

  async update(
    orgId: OrgId,
    actor: Actor,
    integrationId: string,
    input: UpdateIntegrationRequest,
    context: RequestContextValue,
  ): Promise<IntegrationView> {
    const existing = await this.database.tenant(orgId, (tx) => this.find(tx, orgId, integrationId));
    const provider = this.connection.provider(existing.provider);
    const binding = { organizationId: orgId, integrationId };
    const credentials =
      input.credentials !== undefined
        ? this.connection.parseCredentials(provider, input.credentials)
        : this.vault.open(binding, existing.secretCiphertext);
    const settings =
      input.settings !== undefined
        ? this.connection.parseSettings(provider, input.settings)
        : existing.settings;
    // New credentials or settings, or re-enabling, must work before they are kept.
    const needsTest =
      input.credentials !== undefined || input.settings !== undefined || input.status === 'CONNECTED';
    if (needsTest) {
      const test = await this.connection.test(provider, credentials, settings);
      if (!test.ok) {
        throw rejectedCredentials(test);
      }
    }
    const row = await this.database.tenant(orgId, async (tx) => {
      const updated = await tx.integration.update({
        where: { id: integrationId },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.settings !== undefined ? { settings: settings as Prisma.InputJsonObject } : {}),
          ...(input.credentials !== undefined
            ? { secretCiphertext: this.vault.seal(binding, credentials as Record<string, unknown>) }
            : {}),
          ...(input.scheduleEveryHours !== undefined ? { scheduleEveryHours: input.scheduleEveryHours } : {}),
          ...(input.status !== undefined ? { status: input.status, lastError: null } : {}),
          ...(needsTest && input.status === undefined && existing.status === 'ERROR'
            ? { status: 'CONNECTED' as const, lastError: null }
            : {}),
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'integration.updated',
        target: { type: 'integration', id: integrationId },
        payload: {
          changed: Object.keys(input).sort(),
          ...(input.status !== undefined ? { status: input.status } : {}),
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      return updated;
    });
    await this.schedule.sync(orgId);
    return toIntegrationView(row);
  }

  /** Removes the connection and its credentials; evidence it collected stays (it is history). */
  async remove(
    orgId: OrgId,
    actor: Actor,
    integrationId: string,
    context: RequestContextValue,
  ): Promise<void> {
    await this.database.tenant(orgId, async (tx) => {
      const existing = await this.find(tx, orgId, integrationId);
      await tx.integration.delete({ where: { id: integrationId } });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'integration.removed',
        target: { type: 'integration', id: integrationId },
        payload: { provider: existing.provider, name: existing.name },
        requestId: context.requestId,
        ip: context.ip,
      });
    });
    await this.schedule.sync(orgId);
  }

  /** A live connection test with the stored credentials; the outcome is recorded in the audit log. */
  async test(
    orgId: OrgId,
    actor: Actor,
    integrationId: string,
    context: RequestContextValue,
  ): Promise<ConnectionTest> {
    const existing = await this.database.tenant(orgId, (tx) => this.find(tx, orgId, integrationId));
    const provider = this.connection.provider(existing.provider);
    const credentials = this.vault.open({ organizationId: orgId, integrationId }, existing.secretCiphertext);
    const result = await this.connection.test(provider, credentials, existing.settings);
    await this.database.tenant(orgId, (tx) =>
      this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'integration.tested',
        target: { type: 'integration', id: integrationId },
        payload: { ok: result.ok, missingPermissions: result.missingPermissions },
        requestId: context.requestId,
        ip: context.ip,
      }),
    );
    return result;
  }

  private async find(tx: DbTx, orgId: OrgId, integrationId: string): Promise<Integration> {
    const row = await tx.integration.findFirst({ where: { id: integrationId, organizationId: orgId } });
    if (!row) {
      throw new NotFoundException('Integration not found');
    }
    return row;
  }
}
