import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ControlDetail, ControlList, ListControlsQuery } from '@kushim/contracts';
import type { DbTx, OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { RemediationTicketRepository } from '@/modules/alerts/jira/remediation-ticket.repository';
import { readCheckSlas, readCheckSlasAt } from '@/modules/alerts/sla/check-sla.reader';
import type { AuditWindowRange } from '@/common/auth';
import { controlStatusesAt } from './control-statuses-at';
import type { ControlStatusRow } from './control-status.row';
import { CatalogService } from '@/modules/catalog/catalog.service';
import {
  CheckResultRepository,
  toCheckLatest,
  toCheckResultView,
} from '@/modules/checks/check-result.repository';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { ControlStatusRepository } from './control-status.repository';
import { NEVER_EVALUATED } from './control-status.row';
import { decodeControlsCursor } from './controls-cursor';
import { pageOfControls, toControlSummary } from './controls-page';

@Injectable()
export class ControlsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly catalog: CatalogService,
    private readonly statuses: ControlStatusRepository,
    private readonly checkResults: CheckResultRepository,
    private readonly clock: Clock,
    private readonly tickets: RemediationTicketRepository,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  /** One page of controls with the organization's status: one query (the org's status rows) per request. */
  async list(
    orgId: OrgId,
    query: ListControlsQuery,
    window: AuditWindowRange | null = null,
  ): Promise<ControlList> {
    const catalog = await this.catalog.load();
    const startIndex =
      query.cursor === undefined ? 0 : this.positionAfter(query.cursor, catalog.controlIndex);
    const statuses = await this.database.tenant(orgId, (tx) =>
      window
        ? this.statusesAtEndOf(
            tx,
            orgId,
            window,
            catalog.controls.map((c) => c.id),
          )
        : this.statuses.findAll(tx),
    );
    return pageOfControls(catalog.controls, statuses, query, startIndex);
  }

  /** A windowed auditor sees each control as it stood at the end of the window (control-statuses-at.ts). */
  private async statusesAtEndOf(
    tx: DbTx,
    orgId: OrgId,
    window: AuditWindowRange,
    controlIds: readonly string[],
  ): Promise<Map<string, ControlStatusRow>> {
    const checks = this.registry.allChecks();
    const latest = await this.checkResults.latest(
      tx,
      orgId,
      checks.map((check) => check.id),
      window,
    );
    return controlStatusesAt({
      controlIds,
      checksOf: (controlId) => checks.filter((c) => c.controls.includes(controlId)).map((c) => c.id),
      statusAt: await this.statuses.statusesAt(tx, orgId, window.to),
      latestStatus: new Map([...latest].map(([checkId, row]) => [checkId, row.status])),
      current: await this.statuses.findAll(tx),
    });
  }

  async get(orgId: OrgId, controlId: string, window: AuditWindowRange | null = null): Promise<ControlDetail> {
    const control = (await this.catalog.load()).controlsById.get(controlId);
    if (!control) {
      throw new NotFoundException(`Control ${controlId} was not found`);
    }
    const checks = this.registry.allChecks().filter((check) => check.controls.includes(controlId));
    const checkIds = checks.map((check) => check.id);
    const severityOf = (id: string) => this.registry.check(id)?.severity;
    const { row, latest, slas, tickets } = await this.database.tenant(orgId, async (tx) => {
      const stored = await this.statuses.findOne(tx, controlId);
      return {
        row: window
          ? {
              ...(stored ?? { applicabilityReason: null, notes: null }),
              ...(await this.statusesAtEndOf(tx, orgId, window, [controlId])).get(controlId)!,
            }
          : stored,
        latest: await this.checkResults.latest(tx, orgId, checkIds, window),
        slas: window
          ? await readCheckSlasAt(tx, orgId, checkIds, severityOf, window.to)
          : await readCheckSlas(tx, orgId, severityOf, this.clock.now()),
        // Tickets are today's work, not the period's.
        tickets: window ? null : await this.tickets.openTicketsByCheck(tx, orgId),
      };
    });
    return {
      ...toControlSummary(control, row ?? undefined),
      description: control.description,
      testProcedure: control.testProcedure,
      frequency: control.frequency,
      applicabilityReason: row?.applicabilityReason ?? null,
      notes: row?.notes ?? null,
      status: row?.status ?? NEVER_EVALUATED.status,
      criteria: control.criteria.map((criterion) => ({ ...criterion })),
      checkResults: checks
        .map((check) => {
          const result = latest.get(check.id);
          return {
            checkId: check.id,
            title: check.title,
            severity: check.severity,
            latest: result ? toCheckLatest(result) : null,
            sla: slas.get(check.id) ?? null,
            ticket: tickets?.get(check.id) ?? null,
            findings: result ? toCheckResultView(result).findings : [],
          };
        })
        .sort((a, b) => a.checkId.localeCompare(b.checkId)),
    };
  }

  private positionAfter(cursor: string, controlIndex: ReadonlyMap<string, number>): number {
    const controlId = decodeControlsCursor(cursor);
    const index = controlId === undefined ? undefined : controlIndex.get(controlId);
    if (index === undefined) {
      throw new BadRequestException({
        message: 'cursor: not a nextCursor value from this list',
        issues: [{ path: ['cursor'], message: 'not a nextCursor value from this list' }],
      });
    }
    return index + 1;
  }
}
