import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type OrgId } from '@kushim/db';
import { EXPORT_GENERATED_ACTION, publishKeys, sha256Hex, type ExportGeneratedPayload } from '@kushim/ledger';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { AuditService } from '@/modules/audit/audit.service';
import { LedgerCheckpointService } from '@/modules/audit/ledger-checkpoint.service';
import { evidenceFileKey } from '@/modules/manual-evidence/storage/evidence-file-storage';
import { EvidenceStorages } from '@/modules/manual-evidence/storage/evidence-storages';
import { renderDerivedFiles } from '../package/derived-files';
import { derivedFileHashes, packageFiles } from '../package/package-files';
import { ExportLedgerSegment } from './export-ledger-segment';
import { ExportLoader, type ManualFileRef } from './export-loader';
import { zipFiles } from './export-zip';
import { WORKER_ACTOR } from '@/modules/audit/worker-actor';

/**
 * `export.build`: load the period (one snapshot), render the derived files, seal them with an `export.generated`
 * audit event, sign a checkpoint over it, read the chain excerpt up to that checkpoint, zip everything with its
 * manifest, store the ZIP content-addressed in evidence storage, mark the export READY. Any failure marks it FAILED
 * with the reason; a retry starts over (and seals again: the chain records every attempt).
 */
@Injectable()
export class ExportBuildProcessor {
  private readonly logger = new Logger('ExportBuild');

  constructor(
    private readonly database: DatabaseService,
    private readonly clock: Clock,
    private readonly loader: ExportLoader,
    private readonly segment: ExportLedgerSegment,
    private readonly audit: AuditService,
    private readonly checkpoints: LedgerCheckpointService,
    private readonly keys: LedgerKeysService,
    private readonly storages: EvidenceStorages,
  ) {}

  @JobHandler('export.build')
  async build(payload: JobPayload<'export.build'>): Promise<{ sizeBytes: number; files: number }> {
    const orgId = asOrgId(payload.orgId);
    const started = Date.now();
    const row = await this.database.tenant(orgId, async (tx) => {
      const found = await tx.auditExport.findUnique({
        where: { id: payload.exportId },
        include: { organization: { select: { name: true } } },
      });
      if (found && found.status !== 'READY') {
        await tx.auditExport.update({ where: { id: found.id }, data: { status: 'BUILDING', error: null } });
      }
      return found;
    });
    if (!row || row.status === 'READY') {
      return { sizeBytes: row?.sizeBytes ?? 0, files: row?.fileCount ?? 0 };
    }
    try {
      const built = await this.assemble(orgId, row.id, row.organization.name, {
        from: row.periodFrom,
        to: row.periodTo,
      });
      const storage = this.storages.active;
      const key = evidenceFileKey(orgId, built.sha256);
      await storage.put(key, built.zip, 'application/zip');
      await this.database.tenant(orgId, (tx) =>
        tx.auditExport.update({
          where: { id: row.id },
          data: {
            status: 'READY',
            storageKey: `${storage.backend}:${key}`,
            sizeBytes: built.zip.length,
            sha256: built.sha256,
            fileCount: built.fileCount,
            firstSeq: built.firstSeq,
            lastSeq: built.lastSeq,
            buildMillis: Date.now() - started,
            finishedAt: this.clock.now(),
          },
        }),
      );
      this.logger.log(
        `export ${row.id}: ${built.fileCount} files, ${built.zip.length} bytes in ${Date.now() - started} ms`,
      );
      return { sizeBytes: built.zip.length, files: built.fileCount };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.database.tenant(orgId, (tx) =>
        tx.auditExport.update({
          where: { id: row.id },
          data: { status: 'FAILED', error: message.slice(0, 500), finishedAt: this.clock.now() },
        }),
      );
      throw error;
    }
  }

  private async assemble(
    orgId: OrgId,
    exportId: string,
    organizationName: string,
    period: { from: Date; to: Date },
  ) {
    const generatedAt = this.clock.now();
    const loaded = await this.database.tenant(orgId, (tx) =>
      this.loader.load(tx, orgId, { exportId, organizationName, generatedAt }, period),
    );
    const derived = renderDerivedFiles(loaded.model);
    const uploads = await this.readUploads(loaded.files);
    const sealed: ExportGeneratedPayload = {
      exportId,
      period: loaded.model.period,
      files: derivedFileHashes(derived),
    };
    await this.database.tenant(orgId, (tx) =>
      this.audit.append(tx, orgId, {
        actor: WORKER_ACTOR,
        action: EXPORT_GENERATED_ACTION,
        target: { type: 'export', id: exportId },
        payload: { ...sealed },
      }),
    );
    // The closing checkpoint covers the export's own event (or a later head, if the hourly job just signed one).
    await this.checkpoints.checkpointOrganization(orgId, await this.keys.signingKey());
    const ledger = await this.database.tenant(orgId, async (tx) => {
      const closing = await tx.ledgerCheckpoint.findFirst({
        where: { organizationId: orgId },
        orderBy: [{ seq: 'desc' }, { signedAt: 'desc' }],
        select: { seq: true },
      });
      return this.segment.read(tx, orgId, {
        periodFrom: period.from,
        sealedEvidenceIds: loaded.manualEvidenceIds,
        closingSeq: closing?.seq ?? 0,
      });
    });
    const files = packageFiles({
      model: loaded.model,
      derived,
      uploads,
      ledger,
      keys: publishKeys(await this.keys.publicKeys()),
    });
    const zip = zipFiles(files);
    return {
      zip,
      sha256: sha256Hex(zip),
      fileCount: files.size,
      firstSeq: ledger.start.seq + 1,
      lastSeq: ledger.events.at(-1)?.seq ?? ledger.start.seq,
    };
  }

  /** The uploaded bytes of manual evidence, checked against their sealed SHA-256 before they go in. */
  private async readUploads(refs: readonly ManualFileRef[]): Promise<Map<string, Buffer>> {
    const uploads = new Map<string, Buffer>();
    for (const ref of refs) {
      const storage = this.storages.for(ref.storage.backend);
      if (!storage) {
        throw new Error(
          `evidence ${ref.evidenceId}: its storage backend "${ref.storage.backend}" is not configured`,
        );
      }
      const bytes = await storage.get(ref.storage.key);
      if (sha256Hex(bytes) !== ref.sha256) {
        throw new Error(`evidence ${ref.evidenceId}: the stored file does not match its sealed SHA-256`);
      }
      uploads.set(ref.path, bytes);
    }
    return uploads;
  }
}
