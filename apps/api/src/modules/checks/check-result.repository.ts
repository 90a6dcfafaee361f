import { Injectable } from '@nestjs/common';
import type { CheckLatest, CheckResultView } from '@kushim/contracts';
import { Prisma, type CheckResult, type DbTx, type OrgId } from '@kushim/db';
import { v7 as uuidv7 } from 'uuid';
import type { EvaluatedCheck } from './check-evaluation';
import type { AuditWindowRange } from '@/common/auth';

interface FindingFlags {
  status?: string;
  excepted?: boolean;
}

export function toCheckResultView(row: CheckResult): CheckResultView {
  return {
    id: row.id,
    runId: row.runId,
    checkId: row.checkId,
    status: row.status,
    findings: row.findings as unknown as CheckResultView['findings'],
    evidenceIds: row.evidenceIds,
    missingEvidence: row.missingEvidence,
    evaluatedAt: row.evaluatedAt.toISOString(),
  };
}

export function toCheckLatest(row: CheckResult): CheckLatest {
  const findings = (Array.isArray(row.findings) ? row.findings : []) as FindingFlags[];
  return {
    status: row.status,
    runId: row.runId,
    evaluatedAt: row.evaluatedAt.toISOString(),
    failingFindings: findings.filter((f) => f.status === 'FAIL' && !f.excepted).length,
    exceptedFindings: findings.filter((f) => f.excepted === true).length,
  };
}

/** Check results of one organization (callers pass a tenant transaction). */
@Injectable()
export class CheckResultRepository {
  /**
   * One statement for a run's results: insert, or overwrite on (runId, checkId) — a retried evaluation replaces its
   * earlier attempt's rows, never duplicates them.
   */
  async upsertForRun(
    tx: DbTx,
    orgId: OrgId,
    runId: string,
    evaluatedAt: Date,
    results: readonly (EvaluatedCheck & {
      evidenceIds: readonly string[];
      /** The sealed document's inputs and SHA-256 (absent only for results written before sealing existed). */
      inputs?: unknown;
      sha256?: string;
    })[],
  ): Promise<void> {
    if (results.length === 0) {
      return;
    }
    const rows = JSON.stringify(
      results.map((result) => ({
        id: uuidv7(),
        checkId: result.checkId,
        status: result.status,
        findings: result.findings,
        evidenceIds: result.evidenceIds,
        missingEvidence: result.missingEvidence,
        inputs: result.inputs ?? null,
        sha256: result.sha256 ?? null,
      })),
    );
    await tx.$executeRaw`
      insert into "CheckResult"
        ("id", "organizationId", "runId", "checkId", "status", "findings", "evidenceIds", "missingEvidence",
         "inputs", "sha256", "evaluatedAt")
      select r.id, ${orgId}::uuid, ${runId}::uuid, r."checkId", r.status::"CheckResultStatus", r.findings,
             r."evidenceIds", r."missingEvidence", r.inputs, r.sha256, ${evaluatedAt}
      from jsonb_to_recordset(${rows}::jsonb)
        as r(id uuid, "checkId" text, status text, findings jsonb, "evidenceIds" uuid[], "missingEvidence" text[],
             inputs jsonb, sha256 text)
      on conflict ("runId", "checkId") do update set
        "status" = excluded."status",
        "findings" = excluded."findings",
        "evidenceIds" = excluded."evidenceIds",
        "missingEvidence" = excluded."missingEvidence",
        "inputs" = excluded."inputs",
        "sha256" = excluded."sha256",
        "evaluatedAt" = excluded."evaluatedAt"`;
  }

  /**
   * The latest result of each of `checkIds`: one index probe per check on (organizationId, checkId, evaluatedAt),
   * so the cost does not grow with the organization's history of runs. With a window: the latest evaluated in it.
   */
  async latest(
    tx: DbTx,
    orgId: OrgId,
    checkIds: readonly string[],
    window: AuditWindowRange | null = null,
  ): Promise<Map<string, CheckResult>> {
    if (checkIds.length === 0) {
      return new Map();
    }
    const inWindow = window
      ? Prisma.sql`and "evaluatedAt" >= ${window.from} and "evaluatedAt" < ${window.to}`
      : Prisma.empty;
    const rows = await tx.$queryRaw<CheckResult[]>`
      select r.* from unnest(${[...checkIds]}::text[]) as c(id)
      cross join lateral (
        select * from "CheckResult"
        where "organizationId" = ${orgId}::uuid and "checkId" = c.id
          ${inWindow}
        order by "evaluatedAt" desc, id desc
        limit 1
      ) r`;
    return new Map(rows.map((row) => [row.checkId, row] as const));
  }

  /** One check's result history, newest first, paged by id (UUIDv7 ids sort by creation time). */
  history(
    tx: DbTx,
    orgId: OrgId,
    checkId: string,
    page: { limit: number; cursor?: string },
    window: AuditWindowRange | null = null,
  ): Promise<CheckResult[]> {
    const { limit, cursor } = page;
    return tx.checkResult.findMany({
      where: {
        organizationId: orgId,
        checkId,
        ...(window ? { evaluatedAt: { gte: window.from, lt: window.to } } : {}),
        ...(cursor ? { id: { lt: cursor } } : {}),
      },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
  }
}
