import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, Prisma } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { AuditService } from '@/modules/audit/audit.service';
import { scoreOf } from './score-math';
import { ScoreRepository } from './score.repository';

/** The UTC calendar day of `at`, as a date-only value. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * `run.score`: today's ScoreSnapshot (the latest run of the day wins) and the end of the run. Alerting on control
 * status transitions plugs in here, after the score (a later issue).
 */
@Injectable()
export class ScoreProcessor {
  private readonly logger = new Logger('Score');

  constructor(
    private readonly database: DatabaseService,
    private readonly scores: ScoreRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @JobHandler('run.score')
  async score(payload: JobPayload<'run.score'>): Promise<{ score: number }> {
    const orgId = asOrgId(payload.orgId);
    const now = this.clock.now();
    const score = await this.database.tenant(orgId, async (tx) => {
      const computed = scoreOf(await this.scores.scoredControls(tx, orgId));
      const data = {
        score: computed.score,
        passing: computed.passing,
        failing: computed.failing,
        needsEvidence: computed.needsEvidence,
        applicable: computed.applicable,
        byCriterion: computed.byCriterion as unknown as Prisma.InputJsonValue,
        runId: payload.runId,
        computedAt: now,
      };
      await tx.scoreSnapshot.upsert({
        where: { organizationId_day: { organizationId: orgId, day: utcDay(now) } },
        create: { organizationId: orgId, day: utcDay(now), ...data },
        update: data,
      });
      const run = await tx.collectionRun.update({
        where: { id: payload.runId },
        data: { status: 'COMPLETED', finishedAt: now },
      });
      await this.audit.append(tx, orgId, {
        actor: { type: 'SYSTEM', label: 'worker' },
        action: 'run.completed',
        target: { type: 'run', id: run.id },
        payload: { score: computed.score, passing: computed.passing, applicable: computed.applicable },
      });
      return computed.score;
    });
    this.logger.log(`run ${payload.runId}: score ${score}`);
    return { score };
  }
}
