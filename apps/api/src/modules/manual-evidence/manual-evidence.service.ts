import { createHash } from 'node:crypto';
import {
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { z } from 'zod';
import { CONTROL_FREQUENCIES, type ControlFrequency } from '@kushim/catalog';
import {
  ManualEvidenceFieldsSchema,
  type ManualEvidenceContent,
  type ManualEvidenceList,
  type ManualEvidenceView,
} from '@kushim/contracts';
import type { OrgId } from '@kushim/db';
import { auditActor, type Actor, type RequestContextValue } from '@/common/auth';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditService } from '@/modules/audit/audit.service';
import { CatalogService } from '@/modules/catalog/catalog.service';
import { ControlStatusRefresher } from '@/modules/compliance-status/control-status-refresher.service';
import { evidenceContentHash } from '@/modules/evidence/evidence-hash';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { detectMediaType } from './media-type';
import { MANUAL_EVIDENCE_KIND, manualContentOf, toManualEvidenceView } from './manual-evidence.view';
import type { UploadedForm } from './multipart-form';
import { evidenceFileKey } from './storage/evidence-file-storage';
import { EvidenceStorages } from './storage/evidence-storages';
import { S3EvidenceStorageError } from './storage/s3-evidence-storage';
import { startOfDay, validityOf } from './validity';
import type { AuditWindowRange } from '@/common/auth';
import { evidenceSeenIn } from '@/modules/evidence/evidence.service';

const fieldError = (field: string, message: string) =>
  new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const isFrequency = (value: string): value is ControlFrequency =>
  (CONTROL_FREQUENCIES as readonly string[]).includes(value);

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * Manual evidence for what no API can prove (policies, board minutes, training records). The file is stored
 * content-addressed first; then, in one transaction, an immutable `manual.upload` evidence row whose content is the
 * file's metadata (so its hash covers the file's SHA-256), an audit event, and the control's new status and score.
 */
@Injectable()
export class ManualEvidenceService {
  private readonly logger = new Logger('ManualEvidence');

  constructor(
    private readonly database: DatabaseService,
    private readonly catalog: CatalogService,
    private readonly storages: EvidenceStorages,
    private readonly audit: AuditService,
    private readonly statuses: ControlStatusRefresher,
    private readonly scores: ScoreSnapshotWriter,
    private readonly alerts: AlertDispatcher,
    private readonly clock: Clock,
  ) {}

  async upload(
    orgId: OrgId,
    controlId: string,
    actor: Actor,
    form: UploadedForm,
    context: RequestContextValue,
  ): Promise<ManualEvidenceView> {
    const frequency = await this.frequencyOf(controlId);
    const fields = ManualEvidenceFieldsSchema.parse(form.fields);
    const media = detectMediaType(form.file.fileName, form.file.bytes);
    if (!media.ok) {
      throw new UnsupportedMediaTypeException(`file: ${media.reason}`);
    }
    const now = this.clock.now();
    const validity = validityOf(fields, frequency, now.toISOString().slice(0, 10));
    if (!validity.ok) {
      throw fieldError(validity.field, validity.message);
    }
    const fileSha256 = sha256(form.file.bytes);
    const storage = this.storages.active;
    const key = evidenceFileKey(orgId, fileSha256);
    // Written before the row that cites it: a failure after this leaves an unreferenced file, never a row without one.
    await this.storageCall(() => storage.put(key, form.file.bytes, media.mediaType));
    const content: ManualEvidenceContent = {
      controlId,
      title: fields.title,
      description: fields.description ?? null,
      fileName: form.file.fileName,
      mediaType: media.mediaType,
      sizeBytes: form.file.bytes.length,
      fileSha256,
      activityDate: fields.activityDate,
      validFrom: validity.validFrom,
      validUntil: validity.validUntil,
      storage: { backend: storage.backend, key },
      uploadedBy:
        actor.kind === 'user' ? { type: 'user', id: actor.userId } : { type: 'apiKey', id: actor.apiKeyId },
      uploadedAt: now.toISOString(),
    };
    const row = await this.database.tenant(orgId, async (tx) => {
      const created = await tx.evidence.create({
        data: {
          organizationId: orgId,
          kind: MANUAL_EVIDENCE_KIND,
          contentHash: evidenceContentHash(content),
          content,
          collectedAt: now,
          controlId,
          validFrom: startOfDay(validity.validFrom),
          validUntil: startOfDay(validity.validUntil),
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'evidence.uploaded',
        target: { type: 'evidence', id: created.id },
        payload: {
          controlId,
          sha256: created.contentHash,
          fileSha256,
          fileName: content.fileName,
          activityDate: content.activityDate,
          validFrom: content.validFrom,
          validUntil: content.validUntil,
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      await this.statuses.refresh(tx, orgId, now, { kind: 'manual-evidence' });
      await this.scores.record(tx, orgId, now, null);
      return created;
    });
    await this.alerts.afterCommit(orgId);
    return toManualEvidenceView(row, now);
  }

  async list(
    orgId: OrgId,
    controlId: string,
    window: AuditWindowRange | null = null,
  ): Promise<ManualEvidenceList> {
    await this.frequencyOf(controlId);
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.evidence.findMany({
        where: {
          organizationId: orgId,
          controlId,
          kind: MANUAL_EVIDENCE_KIND,
          ...(window ? { AND: [evidenceSeenIn(window)] } : {}),
        },
        orderBy: { id: 'desc' },
        take: 500,
      }),
    );
    const now = this.clock.now();
    return { items: rows.map((row) => toManualEvidenceView(row, now)) };
  }

  /** The uploaded file, checked against the SHA-256 its evidence row recorded before it is served. */
  async file(
    orgId: OrgId,
    evidenceId: string,
    window: AuditWindowRange | null = null,
  ): Promise<EvidenceFile> {
    const row = await this.database.tenant(orgId, (tx) =>
      tx.evidence.findFirst({
        where: {
          id: evidenceId,
          organizationId: orgId,
          kind: MANUAL_EVIDENCE_KIND,
          ...(window ? { AND: [evidenceSeenIn(window)] } : {}),
        },
      }),
    );
    if (!row) {
      throw new NotFoundException(
        'Evidence file not found (automated evidence has no file: read its content)',
      );
    }
    const content = manualContentOf(row);
    const storage = this.storages.for(content.storage.backend);
    if (!storage) {
      throw new Error(`Evidence ${row.id} is stored in ${content.storage.backend}, which is not configured`);
    }
    const bytes = await this.storageCall(() => storage.get(content.storage.key));
    if (sha256(bytes) !== content.fileSha256) {
      this.logger.error(`Evidence ${row.id}: the stored file does not match its recorded SHA-256`);
      throw new Error(`Evidence ${row.id} failed its integrity check`);
    }
    return { fileName: content.fileName, mediaType: content.mediaType, sha256: content.fileSha256, bytes };
  }

  /** Object storage that is down or refuses us is an outage to retry later (503), not a bug (500). */
  private async storageCall<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof S3EvidenceStorageError) {
        this.logger.error(error.message);
        throw new ServiceUnavailableException('Evidence storage is unavailable; try again later');
      }
      throw error;
    }
  }

  private async frequencyOf(controlId: string): Promise<ControlFrequency> {
    const control = (await this.catalog.load()).controlsById.get(controlId);
    if (!control) {
      throw new NotFoundException(`Control ${controlId} was not found`);
    }
    return isFrequency(control.frequency) ? control.frequency : 'annual';
  }
}
