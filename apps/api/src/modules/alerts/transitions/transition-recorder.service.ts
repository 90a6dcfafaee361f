import { Inject, Injectable } from '@nestjs/common';
import type { Severity } from '@kushim/integrations';
import { Prisma, type DbTx, type OrgId } from '@kushim/db';
import { v7 as uuidv7 } from 'uuid';
import { ApiConfig } from '@/config/api-config';
import type { EvaluatedCheck } from '@/modules/checks/check-evaluation';
import { CatalogService } from '@/modules/catalog/catalog.service';
import type { ControlTransition } from '@/modules/compliance-status/control-status-refresher.service';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { NotificationSettingsRepository } from '../settings/notification-settings.repository';
import { planAlerts } from './alert-events';
import { controlLink } from './control-link';
import { slackMessageFor } from './slack-message-for';

/** What recomputed the statuses: recorded with each transition. */
export type StatusCause =
  { kind: 'run'; runId: string } | { kind: 'exception' } | { kind: 'manual-evidence' } | { kind: 'lapse' };

export interface RecordContext {
  cause: StatusCause;
  now: Date;
  /** The current result of each check (exceptions applied), by check id. */
  results: ReadonlyMap<string, EvaluatedCheck>;
}

/**
 * Records control transitions and, in the same transaction, the Slack messages they call for (outbox): a message
 * exists exactly when its transition committed, and a retried evaluation that finds nothing changed writes nothing.
 */
@Injectable()
export class TransitionRecorder {
  constructor(
    private readonly catalog: CatalogService,
    private readonly settings: NotificationSettingsRepository,
    private readonly config: ApiConfig,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  async record(
    tx: DbTx,
    orgId: OrgId,
    transitions: readonly ControlTransition[],
    context: RecordContext,
  ): Promise<number> {
    if (transitions.length === 0) {
      return 0;
    }
    const rows = transitions.map((t) => ({ id: uuidv7(), ...t }));
    await tx.controlTransition.createMany({
      data: rows.map((row) => ({
        id: row.id,
        organizationId: orgId,
        controlId: row.controlId,
        fromStatus: row.from,
        toStatus: row.to,
        cause: context.cause.kind,
        runId: context.cause.kind === 'run' ? context.cause.runId : null,
        occurredAt: context.now,
      })),
    });
    const settings = await this.settings.find(tx, orgId);
    if (!settings?.slackEnabled) {
      return 0;
    }
    const catalog = await this.catalog.load();
    const announced = await this.lastAnnouncements(tx, orgId, [...new Set(rows.map((r) => r.controlId))]);
    const planned = planAlerts(rows, {
      minSeverity: settings.slackMinSeverity as Severity,
      controlTitle: (controlId) => catalog.controlsById.get(controlId)?.title ?? controlId,
      checksOf: (controlId) =>
        this.registry
          .allChecks()
          .filter((check) => check.controls.includes(controlId))
          .flatMap((check) => {
            const result = context.results.get(check.id);
            return result ? [{ check, result }] : [];
          }),
      announcedFailing: (controlId) => announced.get(controlId) === 'control.failing',
      link: (controlId) => controlLink(this.config.env.WEB_URL, orgId, controlId),
    });
    if (planned.length > 0) {
      await tx.outboxMessage.createMany({
        data: planned.map((alert) => ({
          organizationId: orgId,
          channel: 'slack',
          kind: alert.event.kind,
          dedupeKey: alert.dedupeKey,
          payload: slackMessageFor(alert.event) as unknown as Prisma.InputJsonValue,
          createdAt: context.now,
        })),
        skipDuplicates: true,
      });
    }
    return planned.length;
  }

  /** The kind of the latest failing/recovered message per control (what Slack last heard about it). */
  private async lastAnnouncements(
    tx: DbTx,
    orgId: OrgId,
    controlIds: string[],
  ): Promise<Map<string, string>> {
    const rows = await tx.$queryRaw<{ controlId: string; kind: string }[]>`
      select distinct on (split_part("dedupeKey", ':', 2)) split_part("dedupeKey", ':', 2) as "controlId", kind
      from "OutboxMessage"
      where "organizationId" = ${orgId}::uuid
        and kind in ('control.failing', 'control.recovered')
        and split_part("dedupeKey", ':', 2) = any(${controlIds}::text[])
      order by split_part("dedupeKey", ':', 2), "createdAt" desc, id desc`;
    return new Map(rows.map((row) => [row.controlId, row.kind] as const));
  }
}
