import { Injectable, NotFoundException } from '@nestjs/common';
import type { ListRunsQuery, RunView } from '@kushim/contracts';
import type { DbTx, OrgId, Prisma } from '@kushim/db';
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
        include: RUN_INCLUDE,
      });
      if (!run) {
        throw new NotFoundException('Run not found');
      }
      const counts = await resultCounts(tx, orgId, [run.id]);
      return toRunView(run, counts.get(run.id));
    });
  }

  /** Runs newest first (a windowed auditor: those created inside the window), with their result counts. */
  async list(
    orgId: OrgId,
    query: ListRunsQuery,
    window: AuditWindowRange | null = null,
  ): Promise<{ items: RunView[]; nextCursor: string | null }> {
    return this.database.tenant(orgId, async (tx) => {
      const runs = await tx.collectionRun.findMany({
        where: {
          organizationId: orgId,
          ...(window ? { createdAt: { gte: window.from, lt: window.to } } : {}),
        },
        include: RUN_INCLUDE,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      });
      const page = runs.slice(0, query.limit);
      const counts = await resultCounts(
        tx,
        orgId,
        page.map((run) => run.id),
      );
      return {
        items: page.map((run) => toRunView(run, counts.get(run.id))),
        nextCursor: runs.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      };
    });
  }
}

const RUN_INCLUDE = {
  steps: { include: { integration: { select: { provider: true, name: true } } } },
} as const satisfies Prisma.CollectionRunInclude;

type RunRow = Prisma.CollectionRunGetPayload<{ include: typeof RUN_INCLUDE }>;
type ResultCounts = RunView['results'];

async function resultCounts(tx: DbTx, orgId: OrgId, runIds: string[]): Promise<Map<string, ResultCounts>> {
  const byRun = new Map<string, ResultCounts>();
  if (runIds.length === 0) {
    return byRun;
  }
  const rows = await tx.checkResult.groupBy({
    by: ['runId', 'status'],
    where: { organizationId: orgId, runId: { in: runIds } },
    _count: { _all: true },
  });
  for (const row of rows) {
    const counts = byRun.get(row.runId) ?? { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, NOT_APPLICABLE: 0 };
    counts[row.status] = row._count._all;
    byRun.set(row.runId, counts);
  }
  return byRun;
}

function toRunView(run: RunRow, results: ResultCounts | undefined): RunView {
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
      .sort((a, b) => a.provider.localeCompare(b.provider) || a.integrationId.localeCompare(b.integrationId)),
    results: results ?? { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, NOT_APPLICABLE: 0 },
  };
}
