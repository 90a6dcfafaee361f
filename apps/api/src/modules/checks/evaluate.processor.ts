import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type OrgId } from '@kushim/db';
import {
  evidenceSet,
  runCheck,
  type CheckDefinition,
  type CheckOutcome,
  type EvidenceSnapshot,
} from '@kushim/integrations';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { CheckStateTracker } from '@/modules/alerts/sla/check-state.tracker';
import { ControlStatusRefresher } from '@/modules/compliance-status/control-status-refresher.service';
import { applyExceptions, mergeOutcomes } from './check-evaluation';
import { CheckResultRepository } from './check-result.repository';

type EvaluatePayload = JobPayload<'run.evaluate'>;

interface RunIntegration {
  id: string;
  provider: string;
  settings: Record<string, unknown>;
}

interface RunEvidenceRow {
  evidenceId: string;
  integrationId: string | null;
  kind: string;
  collectedAt: Date;
  content: unknown;
}

/**
 * `run.evaluate`: every registry check whose evidence providers are connected in this run, over this run's evidence
 * (provider checks per integration with its settings; cross-source checks over all of it with the settings merged),
 * exceptions applied, the run's CheckResults upserted in one statement, then every control's status recomputed
 * (ControlStatusRefresher) in the same transaction.
 */
@Injectable()
export class EvaluateProcessor {
  private readonly logger = new Logger('Evaluate');

  constructor(
    private readonly database: DatabaseService,
    private readonly clock: Clock,
    private readonly results: CheckResultRepository,
    private readonly statuses: ControlStatusRefresher,
    private readonly checkStates: CheckStateTracker,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  @JobHandler('run.evaluate')
  async evaluate(payload: EvaluatePayload): Promise<{ results: number; transitions: number }> {
    const orgId = asOrgId(payload.orgId);
    const now = this.clock.now();
    const { integrations, evidence, exceptions } = await this.load(orgId, payload.runId, now);
    const evaluated = this.statuses
      .connectedChecks(new Set(integrations.map((i) => i.provider)))
      .map((check) => ({
        ...applyExceptions(this.outcome(check, integrations, evidence, now), exceptions),
        evidenceIds: [
          ...new Set(
            evidence.filter((row) => check.evidence.includes(row.kind)).map((row) => row.evidenceId),
          ),
        ],
      }));
    const transitions = await this.database.tenant(orgId, async (tx) => {
      await this.results.upsertForRun(tx, orgId, payload.runId, now, evaluated);
      await this.checkStates.update(tx, orgId, evaluated, now);
      const changed = await this.statuses.refresh(tx, orgId, now, { kind: 'run', runId: payload.runId });
      await tx.collectionRun.update({ where: { id: payload.runId }, data: { evaluatedAt: now } });
      return changed;
    });
    this.logger.log(
      `run ${payload.runId}: ${evaluated.length} check(s), ${transitions.length} transition(s)`,
    );
    return { results: evaluated.length, transitions: transitions.length };
  }

  private async load(orgId: OrgId, runId: string, now: Date) {
    return this.database.tenant(orgId, async (tx) => {
      const steps = await tx.collectionRunStep.findMany({
        where: { organizationId: orgId, runId },
        include: { integration: { select: { id: true, provider: true, settings: true, status: true } } },
      });
      const links = await tx.runEvidence.findMany({
        where: { organizationId: orgId, runId },
        include: { evidence: { select: { content: true } } },
      });
      const exceptions = await tx.exception.findMany({
        where: { organizationId: orgId, revokedAt: null, expiresAt: { gt: now } },
        select: { id: true, checkId: true, resourceId: true },
      });
      return {
        integrations: steps
          .filter((step) => step.integration.status !== 'DISABLED')
          .map((step): RunIntegration => ({
            id: step.integration.id,
            provider: step.integration.provider,
            settings: (step.integration.settings ?? {}) as Record<string, unknown>,
          })),
        evidence: links.map((link): RunEvidenceRow => ({
          evidenceId: link.evidenceId,
          integrationId: link.integrationId,
          kind: link.kind,
          collectedAt: link.collectedAt,
          content: link.evidence.content,
        })),
        exceptions,
      };
    });
  }

  private outcome(
    check: CheckDefinition,
    integrations: readonly RunIntegration[],
    evidence: readonly RunEvidenceRow[],
    now: Date,
  ): CheckOutcome {
    const snapshots = (rows: readonly RunEvidenceRow[]): EvidenceSnapshot[] =>
      rows.map((row) => ({
        kind: row.kind,
        collectedAt: row.collectedAt.toISOString(),
        content: row.content,
      }));
    if (check.provider === 'cross') {
      const settings = Object.assign({}, ...integrations.map((i) => i.settings)) as Record<string, unknown>;
      return runCheck(check, evidenceSet(snapshots(evidence)), now, settings);
    }
    const outcomes = integrations
      .filter((integration) => integration.provider === check.provider)
      .map((integration) =>
        runCheck(
          check,
          evidenceSet(snapshots(evidence.filter((row) => row.integrationId === integration.id))),
          now,
          integration.settings,
        ),
      );
    return mergeOutcomes(check.id, outcomes);
  }
}
