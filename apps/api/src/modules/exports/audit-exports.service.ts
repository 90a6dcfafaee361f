import {
  BadRequestException,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { AuditExportView, CreateAuditExport } from '@kushim/contracts';
import type { AuditExport, OrgId } from '@kushim/db';
import type { Actor, RequestContextValue } from '@/common/auth';
import { auditActor } from '@/common/auth/actor';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { QueueService } from '@/infra/queue/queue.service';
import { AuditService } from '@/modules/audit/audit.service';
import { EvidenceStorages } from '@/modules/manual-evidence/storage/evidence-storages';
import {
  EvidenceFileMissingError,
  type EvidenceStorageBackend,
} from '@/modules/manual-evidence/storage/evidence-file-storage';
import { sha256Hex } from '@kushim/ledger';

export interface AuditWindowLimit {
  from: Date;
  to: Date;
}

function toView(orgId: string, row: AuditExport): AuditExportView {
  return {
    id: row.id,
    status: row.status,
    period: { from: row.periodFrom.toISOString(), to: row.periodTo.toISOString() },
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    fileCount: row.fileCount,
    ledger:
      row.firstSeq !== null && row.lastSeq !== null ? { firstSeq: row.firstSeq, lastSeq: row.lastSeq } : null,
    buildMillis: row.buildMillis,
    error: row.error,
    downloadPath: row.status === 'READY' ? `/api/v1/orgs/${orgId}/exports/${row.id}` : null,
  };
}

/**
 * Requests, lists and serves auditor exports. A windowed auditor may only export periods inside the window and
 * only sees those exports; every request is an audit event.
 */
@Injectable()
export class AuditExportsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly queues: QueueService,
    private readonly audit: AuditService,
    private readonly storages: EvidenceStorages,
    private readonly clock: Clock,
  ) {}

  async request(
    orgId: OrgId,
    actor: Actor,
    body: CreateAuditExport,
    window: AuditWindowLimit | null,
    context: RequestContextValue,
  ): Promise<AuditExportView> {
    const from = new Date(body.from);
    const to = new Date(body.to);
    if (to.getTime() > this.clock.now().getTime() + 60_000) {
      throw new BadRequestException('to: must not be in the future');
    }
    if (window && (from < window.from || to > window.to)) {
      throw new BadRequestException(
        `from/to: must lie within your audit window (${window.from.toISOString()} – ${window.to.toISOString()})`,
      );
    }
    const by = auditActor(actor);
    const row = await this.database.tenant(orgId, async (tx) => {
      const created = await tx.auditExport.create({
        data: {
          organizationId: orgId,
          periodFrom: from,
          periodTo: to,
          requestedById: by.id,
          requestedBy: by.label,
        },
      });
      await this.audit.append(tx, orgId, {
        actor: by,
        action: 'export.requested',
        target: { type: 'export', id: created.id },
        payload: { from: from.toISOString(), to: to.toISOString() },
        requestId: context.requestId,
        ip: context.ip,
      });
      return created;
    });
    await this.queues.enqueue('export.build', { orgId, exportId: row.id });
    return toView(orgId, row);
  }

  async list(orgId: OrgId, window: AuditWindowLimit | null): Promise<{ items: AuditExportView[] }> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.auditExport.findMany({
        where: {
          organizationId: orgId,
          ...(window ? { periodFrom: { gte: window.from }, periodTo: { lte: window.to } } : {}),
        },
        orderBy: { createdAt: 'desc' },
        take: 100,
      }),
    );
    return { items: rows.map((row) => toView(orgId, row)) };
  }

  async get(orgId: OrgId, exportId: string, window: AuditWindowLimit | null): Promise<AuditExportView> {
    return toView(orgId, await this.find(orgId, exportId, window));
  }

  /** The ZIP of a READY export, checked against its SHA-256 before it is served. */
  async zip(
    orgId: OrgId,
    exportId: string,
    window: AuditWindowLimit | null,
  ): Promise<{ view: AuditExportView; bytes: Buffer | null }> {
    const row = await this.find(orgId, exportId, window);
    if (row.status !== 'READY' || !row.storageKey) {
      return { view: toView(orgId, row), bytes: null };
    }
    const separator = row.storageKey.indexOf(':');
    const backend = row.storageKey.slice(0, separator) as EvidenceStorageBackend;
    const storage = this.storages.for(backend);
    if (!storage) {
      throw new NotFoundException(`The storage that holds this export (${backend}) is not configured`);
    }
    const bytes = await storage.get(row.storageKey.slice(separator + 1)).catch((error: unknown) => {
      throw error instanceof EvidenceFileMissingError
        ? new NotFoundException('The export file is missing from storage; request a new export')
        : new ServiceUnavailableException('Evidence storage is unavailable; try again later');
    });
    if (sha256Hex(bytes) !== row.sha256) {
      throw new ServiceUnavailableException(
        'The stored export does not match its SHA-256; request a new export',
      );
    }
    return { view: toView(orgId, row), bytes };
  }

  private async find(orgId: OrgId, exportId: string, window: AuditWindowLimit | null): Promise<AuditExport> {
    const row = await this.database.tenant(orgId, (tx) =>
      tx.auditExport.findFirst({ where: { id: exportId, organizationId: orgId } }),
    );
    if (!row || (window && (row.periodFrom < window.from || row.periodTo > window.to))) {
      throw new NotFoundException('Export not found');
    }
    return row;
  }
}
