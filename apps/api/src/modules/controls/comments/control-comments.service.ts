import { Injectable, NotFoundException } from '@nestjs/common';
import type { ControlComment, ControlCommentList, CreateControlComment } from '@kushim/contracts';
import type { AuditEvent, OrgId } from '@kushim/db';
import { auditActor, type Actor, type RequestContextValue } from '@/common/auth';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditService } from '@/modules/audit/audit.service';
import { CatalogService } from '@/modules/catalog/catalog.service';

export const CONTROL_COMMENTED_ACTION = 'control.commented';

function toComment(event: AuditEvent): ControlComment {
  const payload = event.payload as { kind?: 'comment' | 'request'; body?: string };
  return {
    seq: event.seq,
    controlId: event.targetId ?? '',
    kind: payload.kind ?? 'comment',
    body: payload.body ?? '',
    author: { type: event.actorType, id: event.actorId, label: event.actorLabel },
    createdAt: event.occurredAt.toISOString(),
  };
}

/**
 * Comments and evidence requests on a control. Each is only an audit event (`control.commented`): it is in the
 * organization's hash chain like everything else an auditor does, and it can never be edited or deleted.
 */
@Injectable()
export class ControlCommentsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
  ) {}

  async add(
    orgId: OrgId,
    controlId: string,
    actor: Actor,
    input: CreateControlComment,
    context: RequestContextValue,
  ): Promise<ControlComment> {
    await this.ensureControl(controlId);
    const event = await this.database.tenant(orgId, async (tx) => {
      const { seq } = await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: CONTROL_COMMENTED_ACTION,
        target: { type: 'control', id: controlId },
        payload: { kind: input.kind, body: input.body },
        requestId: context.requestId,
        ip: context.ip,
      });
      return tx.auditEvent.findFirstOrThrow({ where: { organizationId: orgId, seq } });
    });
    return toComment(event);
  }

  /** Newest first, at most 500. */
  async list(orgId: OrgId, controlId: string): Promise<ControlCommentList> {
    await this.ensureControl(controlId);
    const events = await this.database.tenant(orgId, (tx) =>
      tx.auditEvent.findMany({
        where: {
          organizationId: orgId,
          action: CONTROL_COMMENTED_ACTION,
          targetType: 'control',
          targetId: controlId,
        },
        orderBy: { seq: 'desc' },
        take: 500,
      }),
    );
    return { items: events.map(toComment) };
  }

  private async ensureControl(controlId: string): Promise<void> {
    if (!(await this.catalog.load()).controlsById.has(controlId)) {
      throw new NotFoundException(`Control ${controlId} was not found`);
    }
  }
}
