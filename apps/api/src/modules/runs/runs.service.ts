import { Injectable, NotFoundException } from '@nestjs/common';
import type { RunView } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import type { AuditWindowRange } from '@/common/auth';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** Run progress: per-integration state, evidence counts, errors, and the results once evaluated. */
@Injectable()
export class RunsService {
  constructor(private readonly database: DatabaseService) {}

  /** A windowed auditor sees only runs created inside the window (others: 404). */
  async get(orgId: OrgId, runId: string, window: AuditWindowRange | null = null): Promise<RunView> {
    return this.database.tenant(orgId, async (tx) => {
      const run = await tx.collectionRun.findFirst({
        where: {
          id: runId,
          organizationId: orgId,
          ...(window ? { createdAt: { gte: window.from, lt: window.to } } : {}),
        },
        include: { steps: { include: { integration: { select: { provider: true, name: true } } } } },
      });
      if (!run) {
        throw new NotFoundException('Run not found');
      }
      const counts = await tx.checkResult.groupBy({
        by: ['status'],
        where: { organizationId: orgId, runId },
        _count: { _all: true },
      });
      const results = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, NOT_APPLICABLE: 0 };
      for (const row of counts) {
        results[row.status] = row._count._all;
      }
      return {
        id: run.id,
        trigger: run.trigger,
        status: run.status,
        createdAt: run.createdAt.toISOString(),
        startedAt: iso(run.startedAt),
        evaluatedAt: iso(run.evaluatedAt),
        finishedAt: iso(run.finishedAt),
        steps: run.steps
          .map((step) => ({
            integrationId: step.integrationId,
            provider: step.integration.provider,
            name: step.integration.name,
            state: step.state,
            attempts: step.attempts,
            evidenceCount: step.evidenceCount,
            newEvidenceCount: step.newEvidenceCount,
            error: step.error,
            startedAt: iso(step.startedAt),
            finishedAt: iso(step.finishedAt),
          }))
          .sort(
            (a, b) => a.provider.localeCompare(b.provider) || a.integrationId.localeCompare(b.integrationId),
          ),
        results,
      };
    });
  }
}
