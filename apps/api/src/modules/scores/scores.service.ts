import { Injectable } from '@nestjs/common';
import type { ScoreHistory, ScoreHistoryQuery, ScoreView } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import { scoreOf, type ScoreBreakdown } from './score-math';
import { ScoreRepository } from './score.repository';
import type { AuditWindowRange } from '@/common/auth';

@Injectable()
export class ScoresService {
  constructor(
    private readonly database: DatabaseService,
    private readonly scores: ScoreRepository,
  ) {}

  /** The score as of now, from the materialised control statuses (what the daily snapshot records). */
  async current(orgId: OrgId, window: AuditWindowRange | null = null): Promise<ScoreView> {
    if (window) {
      return this.atEndOf(orgId, window);
    }
    const controls = await this.database.tenant(orgId, (tx) => this.scores.scoredControls(tx, orgId));
    return { framework: 'SOC2', ...scoreOf(controls) };
  }

  /** A windowed auditor's score: the last daily snapshot computed inside the window (none: an empty score). */
  private async atEndOf(orgId: OrgId, window: AuditWindowRange): Promise<ScoreView> {
    const snapshot = await this.database.tenant(orgId, (tx) =>
      tx.scoreSnapshot.findFirst({
        where: { organizationId: orgId, computedAt: { gte: window.from, lt: window.to } },
        orderBy: { day: 'desc' },
      }),
    );
    if (!snapshot) {
      return { framework: 'SOC2', ...scoreOf([]) };
    }
    return {
      framework: 'SOC2',
      score: snapshot.score,
      passing: snapshot.passing,
      failing: snapshot.failing,
      needsEvidence: snapshot.needsEvidence,
      applicable: snapshot.applicable,
      byCriterion: snapshot.byCriterion as unknown as ScoreView['byCriterion'],
    };
  }

  /** One point per day that had a run, oldest first. */
  async history(
    orgId: OrgId,
    query: ScoreHistoryQuery,
    window: AuditWindowRange | null = null,
  ): Promise<ScoreHistory> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.scoreSnapshot.findMany({
        where: {
          organizationId: orgId,
          ...(window ? { computedAt: { gte: window.from, lt: window.to } } : {}),
          ...(query.from || query.to
            ? {
                day: {
                  ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
                  ...(query.to ? { lte: new Date(`${query.to}T00:00:00Z`) } : {}),
                },
              }
            : {}),
        },
        orderBy: { day: 'asc' },
        take: 1000,
      }),
    );
    return {
      items: rows.map((row) => {
        const point: ScoreBreakdown = {
          score: row.score,
          passing: row.passing,
          failing: row.failing,
          needsEvidence: row.needsEvidence,
          applicable: row.applicable,
        };
        return { day: row.day.toISOString().slice(0, 10), ...point, runId: row.runId };
      }),
    };
  }
}
