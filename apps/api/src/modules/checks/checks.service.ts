import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CheckList, CheckResultList, CheckResultsQuery } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { readCheckSlas } from '@/modules/alerts/sla/check-sla.reader';
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

  /** Every check definition with this organization's latest result. */
  async list(orgId: OrgId): Promise<CheckList> {
    const checks = this.registry.allChecks();
    const { latest, slas } = await this.database.tenant(orgId, async (tx) => ({
      latest: await this.resultRows.latest(
        tx,
        orgId,
        checks.map((check) => check.id),
      ),
      slas: await readCheckSlas(tx, orgId, (id) => this.registry.check(id)?.severity, this.clock.now()),
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

  async results(orgId: OrgId, checkId: string, query: CheckResultsQuery): Promise<CheckResultList> {
    if (!this.registry.check(checkId)) {
      throw new NotFoundException(`Check ${checkId} was not found`);
    }
    const rows = await this.database.tenant(orgId, (tx) =>
      this.resultRows.history(tx, orgId, checkId, query.limit, query.cursor),
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toCheckResultView),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
