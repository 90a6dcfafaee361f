import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type OrgId } from '@kushim/db';
import {
  IntegrationAuthError,
  IntegrationError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  type ProviderDefinition,
} from '@kushim/integrations';
import { Clock } from '@/common/time/clock';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { DatabaseService } from '@/infra/database/database.service';
import type { JobContext } from '@/infra/queue/job-context';
import { JobNotRetryableError, RetryLaterError } from '@/infra/queue/job-errors';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { AuditService } from '@/modules/audit/audit.service';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { EvidenceStore } from './evidence-store.repository';
import { actionableMessage } from './integration-failure';

type Provider = ProviderDefinition<unknown, unknown, unknown>;
type CollectPayload = JobPayload<'run.collect'>;

const SYSTEM_ACTOR = { type: 'SYSTEM' as const, label: 'worker' };

/**
 * `run.collect`: one integration's evidence for one run. Collectors run one by one; each one's snapshots are
 * stored as soon as it finishes, and a retry skips collectors whose evidence this run already holds.
 * Rejected credentials / missing permissions → integration ERROR with an actionable message, no retry.
 * Rate limits / outages → retry with backoff; on the last attempt the step completes with what it has, and the
 * checks that lack the missing evidence come out INCONCLUSIVE.
 */
@Injectable()
export class CollectProcessor {
  private readonly logger = new Logger('Collect');

  constructor(
    private readonly database: DatabaseService,
    private readonly vault: CredentialVault,
    private readonly store: EvidenceStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  @JobHandler('run.collect')
  async collect(payload: CollectPayload, context: JobContext): Promise<{ evidence: number; new: number }> {
    const orgId = asOrgId(payload.orgId);
    const integration = await this.begin(orgId, payload);
    if (!integration) {
      return { evidence: 0, new: 0 };
    }
    const provider = this.registry.provider(integration.provider);
    if (!provider) {
      await this.finishStep(orgId, payload, 'FAILED', `Unknown provider "${integration.provider}"`);
      throw new JobNotRetryableError(`Unknown provider "${integration.provider}"`);
    }
    const client = this.client(orgId, payload.integrationId, provider, integration);
    const alreadyCollected = await this.kindsCollected(orgId, payload);
    const settings = provider.settingsSchema.parse(integration.settings);
    const transient: IntegrationError[] = [];
    for (const collector of provider.collectors) {
      if (collector.produces.every((kind) => alreadyCollected.has(kind))) {
        continue;
      }
      try {
        const snapshots = await collector.collect(client, { now: () => this.clock.now(), settings });
        await this.storeSnapshots(orgId, payload, snapshots);
      } catch (error) {
        const typed = error instanceof IntegrationError ? error : provider.classifyError(error);
        if (typed instanceof IntegrationAuthError || typed instanceof IntegrationPermissionError) {
          await this.refused(orgId, payload, provider, typed);
        }
        transient.push(typed);
        this.logger.warn(`${context.jobId}: ${provider.id}:${collector.id} failed: ${typed.name}`);
      }
    }
    return this.complete(orgId, payload, provider, transient, context);
  }

  private async begin(orgId: OrgId, payload: CollectPayload) {
    return this.database.tenant(orgId, async (tx) => {
      const integration = await tx.integration.findFirst({
        where: { id: payload.integrationId, organizationId: orgId },
      });
      const now = this.clock.now();
      if (!integration || integration.status === 'DISABLED') {
        await tx.collectionRunStep.updateMany({
          where: { runId: payload.runId, integrationId: payload.integrationId },
          data: {
            state: 'FAILED',
            error: 'The integration was removed or disabled before collection',
            finishedAt: now,
          },
        });
        return null;
      }
      await tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: { state: 'RUNNING', attempts: { increment: 1 }, startedAt: now },
      });
      await tx.collectionRun.updateMany({
        where: { id: payload.runId, startedAt: null },
        data: { status: 'RUNNING', startedAt: now },
      });
      return integration;
    });
  }

  /** Decrypts the credentials in memory for this job only; they are never logged nor stored elsewhere. */
  private client(
    orgId: OrgId,
    integrationId: string,
    provider: Provider,
    integration: { secretCiphertext: string; settings: unknown },
  ): unknown {
    const credentials = provider.credentialSchema.parse(
      this.vault.open({ organizationId: orgId, integrationId }, integration.secretCiphertext),
    );
    return provider.createClient(credentials, provider.settingsSchema.parse(integration.settings));
  }

  private async kindsCollected(orgId: OrgId, payload: CollectPayload): Promise<Set<string>> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.runEvidence.findMany({
        where: { organizationId: orgId, runId: payload.runId, integrationId: payload.integrationId },
        select: { kind: true },
      }),
    );
    return new Set(rows.map((row) => row.kind));
  }

  private async storeSnapshots(
    orgId: OrgId,
    payload: CollectPayload,
    snapshots: Parameters<EvidenceStore['store']>[3],
  ): Promise<void> {
    await this.database.tenant(orgId, async (tx) => {
      const stored = await this.store.store(tx, orgId, payload, snapshots);
      const fresh = stored.filter((row) => row.isNew);
      await tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: { evidenceCount: { increment: stored.length }, newEvidenceCount: { increment: fresh.length } },
      });
      // New evidence is sealed into the organization's hash chain by its content hash.
      if (fresh.length > 0) {
        await this.audit.append(tx, orgId, {
          actor: SYSTEM_ACTOR,
          action: 'evidence.collected',
          target: { type: 'integration', id: payload.integrationId },
          payload: {
            runId: payload.runId,
            evidence: fresh.map((row) => ({ id: row.id, kind: row.kind, sha256: row.contentHash })),
          },
        });
      }
    });
  }

  /** Credentials rejected or a permission missing: retrying cannot help. */
  private async refused(
    orgId: OrgId,
    payload: CollectPayload,
    provider: Provider,
    error: IntegrationError,
  ): Promise<never> {
    const message = actionableMessage(provider.name, error);
    await this.database.tenant(orgId, async (tx) => {
      await tx.integration.update({
        where: { id: payload.integrationId },
        data: { status: 'ERROR', lastError: message },
      });
      await tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: { state: 'FAILED', error: message, finishedAt: this.clock.now() },
      });
      await this.audit.append(tx, orgId, {
        actor: SYSTEM_ACTOR,
        action: 'integration.failed',
        target: { type: 'integration', id: payload.integrationId },
        payload: {
          runId: payload.runId,
          error: error.name,
          missingPermissions: error instanceof IntegrationPermissionError ? error.missingPermissions : [],
        },
      });
    });
    throw new JobNotRetryableError(message);
  }

  private async complete(
    orgId: OrgId,
    payload: CollectPayload,
    provider: Provider,
    transient: IntegrationError[],
    context: JobContext,
  ): Promise<{ evidence: number; new: number }> {
    const first = transient[0];
    if (first && context.attempt < context.maxAttempts) {
      const retryAfterMs = Math.max(
        0,
        ...transient.map((e) => (e instanceof ProviderRateLimitedError ? (e.retryAfterMs ?? 0) : 0)),
      );
      await this.database.tenant(orgId, (tx) =>
        tx.collectionRunStep.update({
          where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
          data: { error: `Retrying: ${actionableMessage(provider.name, first)}` },
        }),
      );
      throw new RetryLaterError(`${provider.id}: ${first.message}`, retryAfterMs);
    }
    const message = first ? `Partial collection: ${actionableMessage(provider.name, first)}` : null;
    const now = this.clock.now();
    return this.database.tenant(orgId, async (tx) => {
      await tx.integration.update({
        where: { id: payload.integrationId },
        data: { status: 'CONNECTED', lastError: message, lastCollectedAt: now },
      });
      const step = await tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: { state: 'COMPLETED', error: message, finishedAt: now },
      });
      return { evidence: step.evidenceCount, new: step.newEvidenceCount };
    });
  }

  private async finishStep(
    orgId: OrgId,
    payload: CollectPayload,
    state: 'FAILED',
    error: string,
  ): Promise<void> {
    await this.database.tenant(orgId, (tx) =>
      tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: { state, error, finishedAt: this.clock.now() },
      }),
    );
  }
}
