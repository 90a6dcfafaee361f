import { Injectable } from '@nestjs/common';
import { Prisma, type DbTx, type OrgId } from '@kushim/db';
import { scoreOf, type Score } from './score-math';
import { ScoreRepository } from './score.repository';

/** The UTC calendar day of `at`, as a date-only value. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * Records the organization's score for the UTC day of `at` from its current control statuses (the latest wins);
 * `runId` null when something other than a run changed a status.
 */
@Injectable()
export class ScoreSnapshotWriter {
  constructor(private readonly scores: ScoreRepository) {}

  async record(tx: DbTx, orgId: OrgId, at: Date, runId: string | null): Promise<Score> {
    const computed = scoreOf(await this.scores.scoredControls(tx, orgId));
    const data = {
      score: computed.score,
      passing: computed.passing,
      failing: computed.failing,
      needsEvidence: computed.needsEvidence,
      applicable: computed.applicable,
      byCriterion: computed.byCriterion as unknown as Prisma.InputJsonValue,
      computedAt: at,
    };
    await tx.scoreSnapshot.upsert({
      where: { organizationId_day: { organizationId: orgId, day: utcDay(at) } },
      create: { organizationId: orgId, day: utcDay(at), runId, ...data },
      // A recomputation outside a run (an exception, an upload) keeps the day's run reference.
      update: runId === null ? data : { ...data, runId },
    });
    return computed;
  }
}
