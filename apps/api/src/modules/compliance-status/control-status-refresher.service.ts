import { Inject, Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import type { CheckDefinition } from '@kushim/integrations';
import type {
  ActiveException,
  ControlStatusName,
  EvaluatedCheck,
  StoredFinding,
} from '@/modules/checks/check-evaluation';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import { ControlStatusRepository } from '@/modules/controls/control-status.repository';
import {
  TransitionRecorder,
  type StatusCause,
} from '@/modules/alerts/transitions/transition-recorder.service';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import {
  controlStatusOf,
  manualEvidenceState,
  withCurrentExceptions,
  type ValidityInterval,
} from './control-status-rules';

export interface ComputedControlStatus {
  controlId: string;
  status: ControlStatusName;
  passing: number;
  failing: number;
}

/** A control whose status changed in this refresh (a control without a row read as NEEDS_EVIDENCE before). */
export interface ControlTransition {
  controlId: string;
  from: ControlStatusName;
  to: ControlStatusName;
}

/**
 * Recomputes every control's status from what tests it now: the latest result of each check whose providers are
 * connected (seen through the exceptions active now), and the control's manual evidence and its validity. Called
 * after each evaluation, when an exception is created or revoked, when manual evidence is uploaded, and when
 * exceptions or manual evidence lapse — so a status never waits for the next sweep.
 */
@Injectable()
export class ControlStatusRefresher {
  constructor(
    private readonly checkResults: CheckResultRepository,
    private readonly statuses: ControlStatusRepository,
    private readonly transitions: TransitionRecorder,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  /**
   * Runs inside the caller's tenant transaction, so the new statuses — and the transitions and messages they
   * cause — commit with what changed them.
   */
  async refresh(tx: DbTx, orgId: OrgId, now: Date, cause: StatusCause): Promise<ControlTransition[]> {
    const checks = this.connectedChecks(await this.connectedProviders(tx, orgId));
    const [latest, exceptions, manual, previousRows] = await Promise.all([
      this.checkResults.latest(
        tx,
        orgId,
        checks.map((check) => check.id),
      ),
      this.activeExceptions(tx, orgId, now),
      this.manualEvidence(tx, orgId),
      tx.controlStatus.findMany({
        where: { organizationId: orgId },
        select: { controlId: true, status: true },
      }),
    ]);
    const previous = new Map(previousRows.map((row) => [row.controlId, row.status] as const));
    const resultsByControl = new Map<string, EvaluatedCheck[]>();
    const currentResults = new Map<string, EvaluatedCheck>();
    for (const check of checks) {
      const row = latest.get(check.id);
      if (!row) {
        continue;
      }
      const current = withCurrentExceptions(
        {
          checkId: row.checkId,
          status: row.status,
          findings: row.findings as unknown as StoredFinding[],
          missingEvidence: row.missingEvidence,
        },
        exceptions,
      );
      currentResults.set(check.id, current);
      for (const controlId of check.controls) {
        resultsByControl.set(controlId, [...(resultsByControl.get(controlId) ?? []), current]);
      }
    }
    const automated = new Set(this.registry.allChecks().flatMap((check) => check.controls));
    const controlIds = new Set([...automated, ...manual.keys()]);
    const computed: ComputedControlStatus[] = [...controlIds].sort().map((controlId) => {
      const results = resultsByControl.get(controlId) ?? [];
      return {
        controlId,
        status: controlStatusOf({
          results,
          automated: automated.has(controlId),
          manual: manualEvidenceState(manual.get(controlId) ?? [], now),
          previous: previous.get(controlId),
        }),
        passing: results.filter((r) => r.status === 'PASS').length,
        failing: results.filter((r) => r.status === 'FAIL').length,
      };
    });
    await this.statuses.upsertComputed(tx, orgId, now, computed);
    const transitions = computed
      .map((c) => ({
        controlId: c.controlId,
        from: previous.get(c.controlId) ?? 'NEEDS_EVIDENCE',
        to: c.status,
      }))
      .filter((t) => t.from !== t.to);
    await this.transitions.record(tx, orgId, transitions, { cause, now, results: currentResults });
    return transitions;
  }

  private async connectedProviders(tx: DbTx, orgId: OrgId): Promise<Set<string>> {
    const rows = await tx.integration.findMany({
      where: { organizationId: orgId, status: { not: 'DISABLED' } },
      select: { provider: true },
      distinct: ['provider'],
    });
    return new Set(rows.map((row) => row.provider));
  }

  /** Checks whose every evidence kind comes from a connected provider (cross-source checks need all of theirs). */
  connectedChecks(providers: ReadonlySet<string>): CheckDefinition[] {
    return this.registry
      .allChecks()
      .filter((check) =>
        check.evidence.every((kind) => providers.has(this.registry.producerOf(kind)?.split(':')[0] ?? '')),
      );
  }

  private activeExceptions(tx: DbTx, orgId: OrgId, now: Date): Promise<ActiveException[]> {
    return tx.exception.findMany({
      where: { organizationId: orgId, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, checkId: true, resourceId: true },
    });
  }

  private async manualEvidence(tx: DbTx, orgId: OrgId): Promise<Map<string, ValidityInterval[]>> {
    const rows = await tx.evidence.findMany({
      where: { organizationId: orgId, controlId: { not: null } },
      select: { controlId: true, validFrom: true, validUntil: true, collectedAt: true },
    });
    const byControl = new Map<string, ValidityInterval[]>();
    for (const row of rows) {
      if (row.controlId === null) {
        continue;
      }
      const interval = { validFrom: row.validFrom ?? row.collectedAt, validUntil: row.validUntil };
      byControl.set(row.controlId, [...(byControl.get(row.controlId) ?? []), interval]);
    }
    return byControl;
  }
}
