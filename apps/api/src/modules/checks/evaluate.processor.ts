import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, Prisma, type OrgId } from '@kushim/db';
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
import {
  applyExceptions,
  controlStatusFrom,
  mergeOutcomes,
  type ControlStatusName,
  type EvaluatedCheck,
} from './check-evaluation';

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
 * exceptions applied, one CheckResult per (run, check) upserted, then each control's status materialised.
 */
@Injectable()
export class EvaluateProcessor {
  private readonly logger = new Logger('Evaluate');

  constructor(
    private readonly database: DatabaseService,
    private readonly clock: Clock,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  @JobHandler('run.evaluate')
  async evaluate(payload: EvaluatePayload): Promise<{ results: number; controls: number }> {
    const orgId = asOrgId(payload.orgId);
    const now = this.clock.now();
    const { integrations, evidence, exceptions, previous } = await this.load(orgId, payload.runId, now);
    const evaluated = this.checksFor(integrations).map((check) =>
      applyExceptions(this.outcome(check, integrations, evidence, now), exceptions),
    );
    const statuses = this.controlStatuses(evaluated, previous);
    await this.database.tenant(orgId, async (tx) => {
      for (const result of evaluated) {
        const check = this.registry.check(result.checkId);
        const evidenceIds = evidence
          .filter((row) => check?.evidence.includes(row.kind))
          .map((row) => row.evidenceId);
        const data = {
          status: result.status,
          findings: result.findings as unknown as Prisma.InputJsonValue,
          evidenceIds: [...new Set(evidenceIds)],
          missingEvidence: result.missingEvidence,
          evaluatedAt: now,
        };
        await tx.checkResult.upsert({
          where: { runId_checkId: { runId: payload.runId, checkId: result.checkId } },
          create: { organizationId: orgId, runId: payload.runId, checkId: result.checkId, ...data },
          update: data,
        });
      }
      for (const [controlId, status] of statuses) {
        const data = {
          status: status.status,
          passingChecks: status.passing,
          failingChecks: status.failing,
          evaluatedAt: now,
        };
        await tx.controlStatus.upsert({
          where: { organizationId_controlId: { organizationId: orgId, controlId } },
          create: { organizationId: orgId, controlId, ...data },
          update: data,
        });
      }
      await tx.collectionRun.update({ where: { id: payload.runId }, data: { evaluatedAt: now } });
    });
    this.logger.log(`run ${payload.runId}: ${evaluated.length} check(s), ${statuses.size} control(s)`);
    return { results: evaluated.length, controls: statuses.size };
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
      const previous = await tx.controlStatus.findMany({
        where: { organizationId: orgId },
        select: { controlId: true, status: true, applicabilityReason: true },
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
        exceptions: exceptions,
        previous: new Map(previous.map((row) => [row.controlId, row] as const)),
      };
    });
  }

  /** Checks whose every evidence kind comes from a provider connected in this run. */
  private checksFor(integrations: readonly RunIntegration[]): CheckDefinition[] {
    const connected = new Set(integrations.map((i) => i.provider));
    return this.registry
      .allChecks()
      .filter((check) =>
        check.evidence.every((kind) => connected.has(this.registry.producerOf(kind)?.split(':')[0] ?? '')),
      );
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

  /** Per control with at least one check in the registry; a control the organization marked not applicable stays so. */
  private controlStatuses(
    evaluated: readonly EvaluatedCheck[],
    previous: Map<string, { status: ControlStatusName; applicabilityReason: string | null }>,
  ): Map<string, { status: ControlStatusName; passing: number; failing: number }> {
    const byControl = new Map<string, EvaluatedCheck[]>();
    for (const check of this.registry.allChecks()) {
      for (const controlId of check.controls) {
        byControl.set(controlId, byControl.get(controlId) ?? []);
      }
    }
    for (const result of evaluated) {
      for (const controlId of this.registry.check(result.checkId)?.controls ?? []) {
        byControl.get(controlId)?.push(result);
      }
    }
    const statuses = new Map<string, { status: ControlStatusName; passing: number; failing: number }>();
    for (const [controlId, results] of byControl) {
      const before = previous.get(controlId);
      const status =
        before?.status === 'NOT_APPLICABLE' ? 'NOT_APPLICABLE' : controlStatusFrom(results, before?.status);
      statuses.set(controlId, {
        status,
        passing: results.filter((r) => r.status === 'PASS').length,
        failing: results.filter((r) => r.status === 'FAIL').length,
      });
    }
    return statuses;
  }
}
