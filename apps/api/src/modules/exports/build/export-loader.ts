import { Inject, Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import {
  evidenceFilePath,
  evidenceRecordPath,
  SEALED_RESULT_VERSION,
  type EvidenceRecord,
  type JsonValue,
  type SealedCheckResult,
  type SealedResultInputs,
} from '@kushim/ledger';
import { CatalogService } from '@/modules/catalog/catalog.service';
import { ControlStatusRepository } from '@/modules/controls/control-status.repository';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import type { ExportControl, ExportEvidence, ExportModel, ExportResult } from '../package/export-model';

export interface ExportPeriod {
  from: Date;
  to: Date;
}

/** A manual upload's bytes to copy into the package: where they are stored and where they go in the ZIP. */
export interface ManualFileRef {
  evidenceId: string;
  path: string;
  sha256: string;
  storage: { backend: 'local' | 's3'; key: string };
}

export interface LoadedExport {
  model: ExportModel;
  files: ManualFileRef[];
  /** Manual evidence ids in the package (their seals may predate the period: the ledger segment reaches back). */
  manualEvidenceIds: string[];
}

interface ManualContent {
  controlId?: string;
  fileName?: string;
  mediaType?: string;
  sizeBytes?: number;
  fileSha256?: string;
  storage?: { backend: 'local' | 's3'; key: string };
}

/**
 * Reads everything a period's package holds, inside one tenant transaction (one consistent snapshot): the runs
 * evaluated in [from, to) and their sealed results, the evidence those results cite plus every snapshot collected
 * or uploaded in the period (and manual evidence valid in it), exceptions in force during it, each control's status
 * at its end, and the last score inside it.
 */
@Injectable()
export class ExportLoader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly statuses: ControlStatusRepository,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  async load(
    tx: DbTx,
    orgId: OrgId,
    meta: { exportId: string; organizationName: string; generatedAt: Date },
    period: ExportPeriod,
  ): Promise<LoadedExport> {
    const inPeriod = { gte: period.from, lt: period.to };
    const runs = await tx.collectionRun.findMany({
      where: { organizationId: orgId, evaluatedAt: inPeriod },
      orderBy: { evaluatedAt: 'asc' },
      select: { id: true, trigger: true, startedAt: true, evaluatedAt: true },
    });
    const resultRows = await tx.checkResult.findMany({
      where: { organizationId: orgId, runId: { in: runs.map((r) => r.id) }, sha256: { not: null } },
      orderBy: [{ evaluatedAt: 'asc' }, { checkId: 'asc' }],
    });
    const results: ExportResult[] = resultRows.map((row) => ({
      sha256: row.sha256 ?? '',
      sealed: {
        kind: 'kushim.check-result',
        version: SEALED_RESULT_VERSION,
        organizationId: row.organizationId,
        runId: row.runId,
        checkId: row.checkId,
        evaluatedAt: row.evaluatedAt.toISOString(),
        status: row.status,
        findings: row.findings as JsonValue[],
        missingEvidence: row.missingEvidence,
        inputs: row.inputs as unknown as SealedResultInputs,
      } satisfies SealedCheckResult,
    }));

    const cited = new Set(results.flatMap((r) => r.sealed.inputs.evidence.map((e) => e.id)));
    const evidenceRows = await tx.evidence.findMany({
      where: {
        organizationId: orgId,
        OR: [
          { id: { in: [...cited] } },
          { collectedAt: inPeriod },
          { kind: 'manual.upload', collectedAt: { lt: period.to }, validUntil: { gt: period.from } },
        ],
      },
      orderBy: [{ collectedAt: 'asc' }, { id: 'asc' }],
    });
    const files: ManualFileRef[] = [];
    const evidence: ExportEvidence[] = evidenceRows.map((row) => {
      const manual = row.kind === 'manual.upload' ? (row.content as ManualContent) : null;
      const file =
        manual?.fileSha256 && manual.storage
          ? {
              path: evidenceFilePath(row.id, manual.fileName ?? 'file'),
              sha256: manual.fileSha256,
              sizeBytes: manual.sizeBytes ?? 0,
              mediaType: manual.mediaType ?? 'application/octet-stream',
              fileName: manual.fileName ?? 'file',
            }
          : null;
      if (file && manual?.storage) {
        files.push({ evidenceId: row.id, path: file.path, sha256: file.sha256, storage: manual.storage });
      }
      const record: EvidenceRecord = {
        id: row.id,
        kind: row.kind,
        integrationId: row.integrationId,
        runId: row.runId,
        collectedAt: row.collectedAt.toISOString(),
        sha256: row.contentHash,
        content: row.content as JsonValue,
        file,
      };
      return { record, path: evidenceRecordPath(row.id) };
    });

    const exceptions = await tx.exception.findMany({
      where: {
        organizationId: orgId,
        createdAt: { lt: period.to },
        expiresAt: { gt: period.from },
        OR: [{ revokedAt: null }, { revokedAt: { gt: period.from } }],
      },
      orderBy: { createdAt: 'asc' },
    });
    const approverIds = [...new Set(exceptions.flatMap((e) => (e.approvedById ? [e.approvedById] : [])))];
    const controlStates = await tx.controlStatus.findMany({ where: { organizationId: orgId } });
    const ownerIds = [...new Set(controlStates.flatMap((c) => (c.ownerUserId ? [c.ownerUserId] : [])))];
    const users = await tx.user.findMany({
      where: { id: { in: [...approverIds, ...ownerIds] } },
      select: { id: true, email: true },
    });
    const emailOf = new Map(users.map((u) => [u.id, u.email]));

    const score = await tx.scoreSnapshot.findFirst({
      where: { organizationId: orgId, computedAt: inPeriod },
      orderBy: { day: 'desc' },
    });
    const statusAtEnd = await this.statuses.statusesAt(tx, orgId, period.to);
    const usedCheckIds = new Set(results.map((r) => r.sealed.checkId));
    const checks = this.registry
      .allChecks()
      .filter((check) => usedCheckIds.has(check.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((check) => ({
        id: check.id,
        title: check.title,
        provider: check.provider,
        severity: check.severity,
        controls: [...check.controls],
        criteria: check.criteria.map((c) => c.id),
        remediation: check.remediation,
      }));
    const lastResultByCheck = new Map(results.map((r) => [r.sealed.checkId, r.sealed]));
    const stateByControl = new Map(controlStates.map((c) => [c.controlId, c]));
    const catalog = await this.catalog.load();
    const controls: ExportControl[] = catalog.controls.map((control) => {
      const checkIds = this.registry
        .allChecks()
        .filter((check) => check.controls.includes(control.id))
        .map((check) => check.id)
        .sort();
      const state = stateByControl.get(control.id);
      const at = statusAtEnd.get(control.id);
      return {
        id: control.id,
        title: control.title,
        description: control.description,
        status: state?.status === 'NOT_APPLICABLE' ? 'NOT_APPLICABLE' : (at?.status ?? 'NEEDS_EVIDENCE'),
        criteria: [...control.criterionIds],
        checkIds,
        failingCheckIds: checkIds.filter((id) => lastResultByCheck.get(id)?.status === 'FAIL'),
        ownerEmail: state?.ownerUserId ? (emailOf.get(state.ownerUserId) ?? null) : null,
        manualEvidenceIds: evidenceRows
          .filter((row) => row.kind === 'manual.upload' && row.controlId === control.id)
          .map((row) => row.id),
        evaluatedAt: at?.at.toISOString() ?? null,
      };
    });

    return {
      model: {
        exportId: meta.exportId,
        organization: { id: orgId, name: meta.organizationName },
        period: { from: period.from.toISOString(), to: period.to.toISOString() },
        generatedAt: meta.generatedAt.toISOString(),
        runs: runs.map((run) => ({
          id: run.id,
          trigger: run.trigger,
          startedAt: run.startedAt?.toISOString() ?? null,
          evaluatedAt: (run.evaluatedAt ?? period.from).toISOString(),
        })),
        results,
        checks,
        controls,
        evidence,
        exceptions: exceptions.map((e) => ({
          id: e.id,
          checkId: e.checkId,
          resourceId: e.resourceId,
          justification: e.justification,
          approvedBy: e.approvedById ? (emailOf.get(e.approvedById) ?? e.approvedById) : null,
          createdAt: e.createdAt.toISOString(),
          expiresAt: e.expiresAt.toISOString(),
          revokedAt: e.revokedAt?.toISOString() ?? null,
        })),
        score: score
          ? {
              day: score.day.toISOString().slice(0, 10),
              score: score.score,
              passing: score.passing,
              failing: score.failing,
              needsEvidence: score.needsEvidence,
              applicable: score.applicable,
            }
          : null,
      },
      files,
      manualEvidenceIds: evidenceRows.filter((row) => row.kind === 'manual.upload').map((row) => row.id),
    };
  }
}
