import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { AuditService } from '@/modules/audit/audit.service';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { ScoreSnapshotWriter } from './score-snapshot.writer';
import { WORKER_ACTOR } from '@/modules/audit/worker-actor';

/**
 * `run.score`: today's ScoreSnapshot (the latest run of the day wins) and the end of the run. Alerting on control
 * status transitions plugs in here, after the score (a later issue).
 */
@Injectable()
export class ScoreProcessor {
  private readonly logger = new Logger('Score');

  constructor(
    private readonly database: DatabaseService,
    private readonly snapshots: ScoreSnapshotWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly alerts: AlertDispatcher,
  ) {}

  @JobHandler('run.score')
  async score(payload: JobPayload<'run.score'>): Promise<{ score: number }> {
    const orgId = asOrgId(payload.orgId);
    const now = this.clock.now();
    const score = await this.database.tenant(orgId, async (tx) => {
      const computed = await this.snapshots.record(tx, orgId, now, payload.runId);
      const run = await tx.collectionRun.update({
        where: { id: payload.runId },
        data: { status: 'COMPLETED', finishedAt: now },
      });
      await this.audit.append(tx, orgId, {
        actor: WORKER_ACTOR,
        action: 'run.completed',
        target: { type: 'run', id: run.id },
        payload: { score: computed.score, passing: computed.passing, applicable: computed.applicable },
      });
      return computed.score;
    });
    // The run's transitions wrote their messages in the evaluation: deliver them, then sync the Jira tickets.
    await this.alerts.afterRun(orgId, payload.runId);
    this.logger.log(`run ${payload.runId}: score ${score}`);
    return { score };
  }
}
