import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type OrgId } from '@kushim/db';
import {
  evaluateCheck,
  evidenceFor,
  integrationsFor,
  type EvaluationEvidence,
  type EvaluationIntegration,
} from '@kushim/integrations';
import { RESULTS_SEALED_ACTION, type ResultsSealedPayload } from '@kushim/ledger';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { AuditService } from '@/modules/audit/audit.service';
import { CheckStateTracker } from '@/modules/alerts/sla/check-state.tracker';
import { ControlStatusRefresher } from '@/modules/compliance-status/control-status-refresher.service';
import { CheckResultRepository } from './check-result.repository';
import { sealCheckResult, type SealableEvidence } from './sealed-result';
import { WORKER_ACTOR } from '@/modules/audit/worker-actor';

type EvaluatePayload = JobPayload<'run.evaluate'>;

type RunEvidenceRow = EvaluationEvidence & SealableEvidence;

/**
 * `run.evaluate`: every registry check whose evidence providers are connected in this run, over this run's evidence
 * (`evaluateCheck`: provider checks per integration with its settings; cross-source checks over all of it with the
 * settings merged), exceptions applied. In one transaction: the run's CheckResults upserted in one statement, each
 * with its sealed document's SHA-256 and inputs, one `results.sealed` audit event carrying those hashes (so results
 * are in the chain), then every control's status recomputed (ControlStatusRefresher).
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
    private readonly audit: AuditService,
  ) {}

  @JobHandler('run.evaluate')
  async evaluate(payload: EvaluatePayload): Promise<{ results: number; transitions: number }> {
    const orgId = asOrgId(payload.orgId);
    const now = this.clock.now();
    const { integrations, evidence, exceptions } = await this.load(orgId, payload.runId, now);
    const evaluated = this.statuses
      .connectedChecks(new Set(integrations.map((i) => i.provider)))
      .map((check) => {
        const cited = evidenceFor(check, integrations, evidence);
        const result = evaluateCheck(check, integrations, evidence, exceptions, now);
        const { sealed, sha256 } = sealCheckResult({
          organizationId: orgId,
          runId: payload.runId,
          evaluatedAt: now,
          result,
          integrations: integrationsFor(check, integrations),
          evidence: cited,
          exceptions,
        });
        return {
          ...result,
          evidenceIds: [...new Set(cited.map((row) => row.id))],
          inputs: sealed.inputs,
          sha256,
        };
      });
    const transitions = await this.database.tenant(orgId, async (tx) => {
      await this.results.upsertForRun(tx, orgId, payload.runId, now, evaluated);
      const seal: ResultsSealedPayload = {
        runId: payload.runId,
        evaluatedAt: now.toISOString(),
        results: evaluated
          .map((r) => ({ checkId: r.checkId, status: r.status, sha256: r.sha256 }))
          .sort((a, b) => a.checkId.localeCompare(b.checkId)),
      };
      await this.audit.append(tx, orgId, {
        actor: WORKER_ACTOR,
        action: RESULTS_SEALED_ACTION,
        target: { type: 'run', id: payload.runId },
        payload: { ...seal },
      });
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
        include: { evidence: { select: { content: true, contentHash: true } } },
      });
      const exceptions = await tx.exception.findMany({
        where: { organizationId: orgId, revokedAt: null, expiresAt: { gt: now } },
        select: { id: true, checkId: true, resourceId: true },
      });
      return {
        // Sorted by id: cross-source checks merge settings in this order, and the sealed inputs list it so.
        integrations: steps
          .filter((step) => step.integration.status !== 'DISABLED')
          .map((step): EvaluationIntegration => ({
            id: step.integration.id,
            provider: step.integration.provider,
            settings: (step.integration.settings ?? {}) as Record<string, unknown>,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
        evidence: links.map((link): RunEvidenceRow => ({
          id: link.evidenceId,
          integrationId: link.integrationId,
          kind: link.kind,
          collectedAt: link.collectedAt.toISOString(),
          content: link.evidence.content,
          sha256: link.evidence.contentHash,
        })),
        exceptions,
      };
    });
  }
}
