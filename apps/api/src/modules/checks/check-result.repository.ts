import { Injectable } from '@nestjs/common';
import type { CheckLatest, CheckResultView } from '@kushim/contracts';
import type { CheckResult, DbTx, OrgId } from '@kushim/db';

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
  /** The latest result of each check (optionally only `checkIds`). */
  async latest(tx: DbTx, orgId: OrgId, checkIds?: readonly string[]): Promise<Map<string, CheckResult>> {
    const rows = await tx.checkResult.findMany({
      where: { organizationId: orgId, ...(checkIds ? { checkId: { in: [...checkIds] } } : {}) },
      distinct: ['checkId'],
      orderBy: [{ checkId: 'asc' }, { evaluatedAt: 'desc' }],
    });
    return new Map(rows.map((row) => [row.checkId, row] as const));
  }

  /** One check's result history, newest first, paged by id (UUIDv7 ids sort by creation time). */
  history(tx: DbTx, orgId: OrgId, checkId: string, limit: number, cursor?: string): Promise<CheckResult[]> {
    return tx.checkResult.findMany({
      where: { organizationId: orgId, checkId, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
  }
}
