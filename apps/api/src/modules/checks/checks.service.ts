import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CheckList, CheckResultList, CheckResultsQuery } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import type { AuditWindowRange } from '@/common/auth';
import { readCheckSlas, readCheckSlasAt } from '@/modules/alerts/sla/check-sla.reader';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { CheckResultRepository, toCheckLatest, toCheckResultView } from './check-result.repository';

@Injectable()
export class ChecksService {
  constructor(
    private readonly database: DatabaseService,
    private readonly resultRows: CheckResultRepository,
    private readonly clock: Clock,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  /**
   * Every check definition with this organization's latest result. For a windowed auditor: the latest result
   * evaluated in the window, and the SLA as it stood at the window's end.
   */
  async list(orgId: OrgId, window: AuditWindowRange | null = null): Promise<CheckList> {
    const checks = this.registry.allChecks();
    const checkIds = checks.map((check) => check.id);
    const severityOf = (id: string) => this.registry.check(id)?.severity;
    const { latest, slas } = await this.database.tenant(orgId, async (tx) => ({
      latest: await this.resultRows.latest(tx, orgId, checkIds, window),
      slas: window
        ? await readCheckSlasAt(tx, orgId, checkIds, severityOf, window.to)
        : await readCheckSlas(tx, orgId, severityOf, this.clock.now()),
    }));
    const items = checks
      .map((check) => {
        const row = latest.get(check.id);
        return {
          id: check.id,
          provider: check.provider,
          title: check.title,
          severity: check.severity,
          controls: [...check.controls],
          criteria: check.criteria.map(({ id, rationale }) => ({ id, rationale })),
          evidence: [...check.evidence],
          remediation: check.remediation,
          latest: row ? toCheckLatest(row) : null,
          sla: slas.get(check.id) ?? null,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    return { items };
  }

  async results(
    orgId: OrgId,
    checkId: string,
    query: CheckResultsQuery,
    window: AuditWindowRange | null = null,
  ): Promise<CheckResultList> {
    if (!this.registry.check(checkId)) {
      throw new NotFoundException(`Check ${checkId} was not found`);
    }
    const rows = await this.database.tenant(orgId, (tx) =>
      this.resultRows.history(tx, orgId, checkId, { limit: query.limit, cursor: query.cursor }, window),
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toCheckResultView),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
