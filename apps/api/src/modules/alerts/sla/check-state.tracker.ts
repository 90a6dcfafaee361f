import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type DbTx, type OrgId } from '@kushim/db';
import { ApiConfig } from '@/config/api-config';
import type { EvaluatedCheck } from '@/modules/checks/check-evaluation';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { NotificationSettingsRepository } from '../settings/notification-settings.repository';
import { controlLink } from '../transitions/control-link';
import { slackMessageFor } from '../transitions/slack-message-for';
import { inconclusiveAlertDue, nextCheckState } from './check-state-rules';

const DEFAULT_INCONCLUSIVE_HOURS = 24;

/**
 * Keeps each check's standing after an evaluation (the SLA clock, the failing resources, how long it has been
 * inconclusive) and writes the one Slack message of an inconclusive stretch that lasted too long, in the
 * evaluation's transaction.
 */
@Injectable()
export class CheckStateTracker {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    private readonly config: ApiConfig,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  async update(tx: DbTx, orgId: OrgId, results: readonly EvaluatedCheck[], now: Date): Promise<void> {
    if (results.length === 0) {
      return;
    }
    const existing = await tx.checkState.findMany({
      where: { organizationId: orgId, checkId: { in: results.map((r) => r.checkId) } },
    });
    const previous = new Map(existing.map((row) => [row.checkId, row] as const));
    const settings = await this.settings.find(tx, orgId);
    const hours = settings?.inconclusiveAlertHours ?? DEFAULT_INCONCLUSIVE_HOURS;
    const next = results.map((result) => {
      const state = nextCheckState(previous.get(result.checkId), result, now);
      const alert = inconclusiveAlertDue(state, hours, now);
      return {
        checkId: result.checkId,
        result,
        state: alert ? { ...state, inconclusiveAlerted: true } : state,
        alert,
      };
    });
    const rows = JSON.stringify(
      next.map(({ checkId, state }) => ({
        checkId,
        status: state.status,
        failingSince: state.failingSince?.toISOString() ?? null,
        inconclusiveSince: state.inconclusiveSince?.toISOString() ?? null,
        inconclusiveAlerted: state.inconclusiveAlerted,
        failingResources: state.failingResources,
      })),
    );
    await tx.$executeRaw`
      insert into "CheckState" ("organizationId", "checkId", "status", "failingSince", "inconclusiveSince",
                                "inconclusiveAlerted", "failingResources", "updatedAt")
      select ${orgId}::uuid, r."checkId", r.status::"CheckResultStatus", r."failingSince", r."inconclusiveSince",
             r."inconclusiveAlerted", r."failingResources", ${now}
      from jsonb_to_recordset(${rows}::jsonb) as r("checkId" text, status text, "failingSince" timestamptz,
        "inconclusiveSince" timestamptz, "inconclusiveAlerted" boolean, "failingResources" text[])
      on conflict ("organizationId", "checkId") do update set
        "status" = excluded."status",
        "failingSince" = excluded."failingSince",
        "inconclusiveSince" = excluded."inconclusiveSince",
        "inconclusiveAlerted" = excluded."inconclusiveAlerted",
        "failingResources" = excluded."failingResources",
        "updatedAt" = excluded."updatedAt"`;
    if (!settings?.slackEnabled) {
      return;
    }
    const alerts = next.filter((n) => n.alert && n.state.inconclusiveSince !== null);
    if (alerts.length === 0) {
      return;
    }
    await tx.outboxMessage.createMany({
      data: alerts.flatMap(({ checkId, result, state }) => {
        const check = this.registry.check(checkId);
        if (!check) {
          return [];
        }
        const since = state.inconclusiveSince!.toISOString();
        const event = {
          kind: 'check.inconclusive' as const,
          check: {
            id: check.id,
            title: check.title,
            severity: check.severity,
            remediation: check.remediation,
          },
          since,
          missingEvidence: result.missingEvidence,
          link: controlLink(this.config.env.WEB_URL, orgId, check.controls[0] ?? ''),
        };
        return [
          {
            organizationId: orgId,
            channel: 'slack',
            kind: event.kind,
            dedupeKey: `check.inconclusive:${check.id}:${since}`,
            payload: slackMessageFor(event) as unknown as Prisma.InputJsonValue,
            createdAt: now,
          },
        ];
      }),
      skipDuplicates: true,
    });
  }
}
