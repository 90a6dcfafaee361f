import { Injectable, Logger } from '@nestjs/common';
import { asOrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { ControlStatusRefresher } from './control-status-refresher.service';

/**
 * `status.refresh`: finds (with the owner role, across tenants) the organizations where an exception expired or
 * manual evidence started or ended its validity after their statuses were last computed, then recomputes each one
 * in its own tenant transaction. Idempotent: a second pass finds nothing new.
 */
@Injectable()
export class StatusRefreshProcessor {
  private readonly logger = new Logger('StatusRefresh');

  constructor(
    private readonly database: DatabaseService,
    private readonly statuses: ControlStatusRefresher,
    private readonly scores: ScoreSnapshotWriter,
    private readonly clock: Clock,
    private readonly alerts: AlertDispatcher,
  ) {}

  @JobHandler('status.refresh')
  async refreshLapsed(): Promise<{ organizations: number; transitions: number }> {
    const now = this.clock.now();
    const due = await this.database.system.$queryRaw<{ id: string }[]>`
      select o.id from "Organization" o
      cross join lateral (
        select coalesce(max(cs."evaluatedAt"), '-infinity'::timestamptz) as last
        from "ControlStatus" cs where cs."organizationId" = o.id
      ) s
      where exists (
          select 1 from "Exception" e
          where e."organizationId" = o.id and e."revokedAt" is null
            and e."expiresAt" <= ${now} and e."expiresAt" > s.last)
        or exists (
          select 1 from "Evidence" v
          where v."organizationId" = o.id and v."controlId" is not null
            and ((v."validUntil" <= ${now} and v."validUntil" > s.last)
              or (v."validFrom" <= ${now} and v."validFrom" > s.last)))`;
    let transitions = 0;
    for (const { id } of due) {
      const orgId = asOrgId(id);
      transitions += await this.database.tenant(orgId, async (tx) => {
        const changed = await this.statuses.refresh(tx, orgId, now, { kind: 'lapse' });
        await this.scores.record(tx, orgId, now, null);
        return changed.length;
      });
      await this.alerts.afterCommit(orgId);
    }
    if (due.length > 0) {
      this.logger.log(`recomputed ${due.length} organization(s): ${transitions} transition(s)`);
    }
    return { organizations: due.length, transitions };
  }
}
