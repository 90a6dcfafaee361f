import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Severity } from '@kushim/integrations';
import { asOrgId, Prisma, type DbTx, type NotificationSettings, type OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { ApiConfig } from '@/config/api-config';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { CatalogService } from '@/modules/catalog/catalog.service';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { slaDaysFrom, slaStanding } from '../sla/remediation-sla';
import type { AlertEvent } from '../transitions/alert-events';
import { slackMessageFor } from '../transitions/slack-message-for';
import { digestDue } from './digest-schedule';

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * `alert.digest` (every 15 minutes): for each organization with a Slack digest whose local digest time has come
 * today, writes one outbox message (keyed by the local date) listing failing controls and overdue checks.
 */
@Injectable()
export class DigestProcessor {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly database: DatabaseService,
    private readonly catalog: CatalogService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  @JobHandler('alert.digest')
  async writeDigests(): Promise<{ written: number }> {
    const now = this.clock.now();
    const candidates = await this.database.system.notificationSettings.findMany({
      where: { digestEnabled: true, slackEnabled: true },
      select: { organizationId: true },
    });
    let written = 0;
    for (const { organizationId } of candidates) {
      const orgId = asOrgId(organizationId);
      written += await this.database.tenant(orgId, (tx) => this.writeDigest(tx, orgId, now));
    }
    if (written > 0) {
      this.logger.log(`wrote ${written} digest(s)`);
    }
    return { written };
  }

  private async writeDigest(tx: DbTx, orgId: OrgId, now: Date): Promise<number> {
    const settings = await tx.notificationSettings.findUnique({ where: { organizationId: orgId } });
    if (!settings?.digestEnabled || !settings.slackEnabled) {
      return 0;
    }
    const { due, date } = digestDue(now, settings.timezone, settings.digestTime);
    const dedupeKey = `digest:${date}`;
    if (!due || (await tx.outboxMessage.count({ where: { organizationId: orgId, dedupeKey } })) > 0) {
      return 0;
    }
    const event = await this.digestEvent(tx, orgId, settings, date, now);
    const created = await tx.outboxMessage.createMany({
      data: [
        {
          organizationId: orgId,
          channel: 'slack',
          kind: 'digest',
          dedupeKey,
          payload: slackMessageFor(event) as unknown as Prisma.InputJsonValue,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    return created.count;
  }

  private async digestEvent(
    tx: DbTx,
    orgId: OrgId,
    settings: NotificationSettings,
    date: string,
    now: Date,
  ): Promise<AlertEvent> {
    const catalog = await this.catalog.load();
    const [statuses, failing, score] = await Promise.all([
      tx.controlStatus.findMany({
        where: { organizationId: orgId },
        select: { controlId: true, status: true },
      }),
      tx.checkState.findMany({ where: { organizationId: orgId, failingSince: { not: null } } }),
      tx.scoreSnapshot.findFirst({ where: { organizationId: orgId }, orderBy: { day: 'desc' } }),
    ]);
    const slaDays = slaDaysFrom(settings.slaDays);
    const failingChecks = failing.flatMap((state) => {
      const check = this.registry.check(state.checkId);
      return check && state.failingSince ? [{ check, state, failingSince: state.failingSince }] : [];
    });
    const worstSeverity = (controlId: string): Severity =>
      failingChecks
        .filter(({ check }) => check.controls.includes(controlId))
        .map(({ check }) => check.severity)
        .sort((a, b) => severityRank[a] - severityRank[b])[0] ?? 'low';
    const failingControls = statuses
      .filter((s) => s.status === 'FAILING')
      .map((s) => ({
        id: s.controlId,
        title: catalog.controlsById.get(s.controlId)?.title ?? s.controlId,
        severity: worstSeverity(s.controlId),
      }))
      .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.id.localeCompare(b.id));
    const overdueChecks = failingChecks
      .map(({ check, failingSince }) => ({
        check,
        sla: slaStanding(failingSince, check.severity, slaDays, now),
      }))
      .filter(({ sla }) => sla.overdue)
      .map(({ check, sla }) => ({
        id: check.id,
        title: check.title,
        severity: check.severity,
        remediation: check.remediation,
        daysOverdue: sla.daysOverdue,
        dueAt: sla.dueAt.toISOString(),
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
    return {
      kind: 'digest',
      date,
      score: score?.score ?? null,
      failingControls,
      overdueChecks,
      needsEvidence: catalog.controls.length - statuses.filter((s) => s.status !== 'NEEDS_EVIDENCE').length,
      link: `${this.config.env.WEB_URL.replace(/\/+$/, '')}/orgs/${orgId}/controls?status=FAILING`,
    };
  }
}
