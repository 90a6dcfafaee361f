import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type OrgId } from '@kushim/db';
import {
  type EvidenceSnapshot,
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
import { EvidenceStore, type StoredEvidence } from './evidence-store.repository';
import { actionableMessage } from './integration-failure';
import { WORKER_ACTOR } from '@/modules/audit/worker-actor';

type Provider = ProviderDefinition<unknown, unknown, unknown>;
type CollectPayload = JobPayload<'run.collect'>;
type ProviderCollector = Provider['collectors'][number];

/**
 * Collectors of one job that run at once. They spend their time waiting on the provider, so running them one by
 * one made a job last the sum of their round trips; a small bound keeps the burst on one customer's API (and on
 * the connection pool: each one stores its snapshots in its own transaction) modest.
 */
const COLLECTOR_CONCURRENCY = 4;

/** A collector that failed, by its position in the provider's list. */
interface CollectorFailure {
  index: number;
  error: IntegrationError;
  /** Credentials rejected or a permission missing: retrying cannot help. */
  refused: boolean;
}

/**
 * Serialises a job's writes: one transaction at a time, and what arrives while one is open goes into the next, in
 * one batch. Collectors finishing together then cost one transaction (and one pooled connection) instead of one
 * each, all waiting on the organization's audit-chain lock. Each caller's promise settles with its own batch.
 */
function oneWriteAtATime<T>(write: (batch: readonly T[]) => Promise<void>): (item: T) => Promise<void> {
  let queued: Array<{ item: T; resolve: () => void; reject: (error: Error) => void }> = [];
  let writing = false;
  const drain = async (): Promise<void> => {
    writing = true;
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      try {
        await write(batch.map((entry) => entry.item));
        batch.forEach((entry) => entry.resolve());
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        batch.forEach((entry) => entry.reject(failure));
      }
    }
    writing = false;
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      queued.push({ item, resolve, reject });
      if (!writing) {
        void drain();
      }
    });
}

/**
 * `run.collect`: one integration's evidence for one run. Collectors run a few at a time; each one's snapshots are
 * stored as soon as it finishes, and a retry skips collectors whose evidence this run already holds.
 * Rejected credentials / missing permissions → integration ERROR with an actionable message, no retry (collectors
 * not yet started are not started, and what the ones in flight bring back is not stored).
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
    const begun = await this.begin(orgId, payload);
    if (!begun) {
      return { evidence: 0, new: 0 };
    }
    const { integration, alreadyCollected } = begun;
    const provider = this.registry.provider(integration.provider);
    if (!provider) {
      await this.finishStep(orgId, payload, 'FAILED', `Unknown provider "${integration.provider}"`);
      throw new JobNotRetryableError(`Unknown provider "${integration.provider}"`);
    }
    const client = this.client(orgId, payload.integrationId, provider, integration);
    const settings = provider.settingsSchema.parse(integration.settings);
    const pending = provider.collectors.filter(
      (collector) => !collector.produces.every((kind) => alreadyCollected.has(kind)),
    );
    const failures = await this.runCollectors(orgId, payload, provider, pending, (collector) =>
      collector.collect(client, { now: () => this.clock.now(), settings }),
    );
    const refusal = failures.find((failure) => failure.refused);
    if (refusal) {
      await this.refused(orgId, payload, provider, refusal.error);
    }
    for (const { index, error } of failures) {
      this.logger.warn(`${context.jobId}: ${provider.id}:${pending[index]?.id ?? '?'} failed: ${error.name}`);
    }
    return this.complete(
      orgId,
      payload,
      provider,
      failures.map((failure) => failure.error),
      context,
    );
  }

  /**
   * Runs `collectors` at most COLLECTOR_CONCURRENCY at a time; each one's snapshots go to the store as soon as it
   * finishes. After a refusal no collector starts and nothing more is stored. Failures come back in collector
   * order, so the step's message names the same collector whichever finished first. A failure to store is the
   * database's, not the provider's: it is rethrown once the collectors in flight have settled, and the job's retry
   * picks up from there.
   */
  private async runCollectors(
    orgId: OrgId,
    payload: CollectPayload,
    provider: Provider,
    collectors: readonly ProviderCollector[],
    collect: (collector: ProviderCollector) => Promise<readonly EvidenceSnapshot[]>,
  ): Promise<CollectorFailure[]> {
    const failures: CollectorFailure[] = [];
    const store = oneWriteAtATime((batch: ReadonlyArray<readonly EvidenceSnapshot[]>) =>
      this.storeSnapshots(orgId, payload, batch),
    );
    // Why no further collector starts: a refusal, or a store that failed (kept to rethrow).
    const stop: { refused: boolean; storeFailure?: { error: unknown } } = { refused: false };
    const stopped = () => stop.refused || stop.storeFailure !== undefined;
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < collectors.length && !stopped()) {
        const index = next++;
        let snapshots: readonly EvidenceSnapshot[];
        try {
          snapshots = await collect(collectors[index]!);
        } catch (error) {
          const typed = error instanceof IntegrationError ? error : provider.classifyError(error);
          const refused =
            typed instanceof IntegrationAuthError || typed instanceof IntegrationPermissionError;
          stop.refused ||= refused;
          failures.push({ index, error: typed, refused });
          continue;
        }
        if (!stopped()) {
          try {
            await store(snapshots);
          } catch (error) {
            stop.storeFailure ??= { error };
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(COLLECTOR_CONCURRENCY, collectors.length) }, lane));
    if (stop.storeFailure) {
      throw stop.storeFailure.error;
    }
    return failures.sort((a, b) => a.index - b.index);
  }

  /** Marks the step running and reads what it needs: the integration and the kinds this run already holds. */
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
      // A retry skips the collectors whose evidence this run already holds.
      const collected = await tx.runEvidence.findMany({
        where: { organizationId: orgId, runId: payload.runId, integrationId: payload.integrationId },
        select: { kind: true },
      });
      return { integration, alreadyCollected: new Set(collected.map((row) => row.kind)) };
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

  /**
   * One transaction for the snapshots of one or more collectors: each collector's new evidence is sealed by its own
   * `evidence.collected` audit event, as when they are stored one by one.
   */
  private async storeSnapshots(
    orgId: OrgId,
    payload: CollectPayload,
    batch: ReadonlyArray<readonly EvidenceSnapshot[]>,
  ): Promise<void> {
    await this.database.tenant(orgId, async (tx) => {
      const storedPerCollector: StoredEvidence[][] = [];
      for (const snapshots of batch) {
        storedPerCollector.push(await this.store.store(tx, orgId, payload, snapshots));
      }
      const stored = storedPerCollector.flat();
      await tx.collectionRunStep.update({
        where: { runId_integrationId: { runId: payload.runId, integrationId: payload.integrationId } },
        data: {
          evidenceCount: { increment: stored.length },
          newEvidenceCount: { increment: stored.filter((row) => row.isNew).length },
        },
      });
      // New evidence is sealed into the organization's hash chain by its content hash.
      for (const fresh of storedPerCollector.map((rows) => rows.filter((row) => row.isNew))) {
        if (fresh.length > 0) {
          await this.audit.append(tx, orgId, {
            actor: WORKER_ACTOR,
            action: 'evidence.collected',
            target: { type: 'integration', id: payload.integrationId },
            payload: {
              runId: payload.runId,
              evidence: fresh.map((row) => ({ id: row.id, kind: row.kind, sha256: row.contentHash })),
            },
          });
        }
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
        actor: WORKER_ACTOR,
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
