import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import type { CreateExceptionRequest, ExceptionList, ExceptionView } from '@kushim/contracts';
import type { DbTx, Exception, OrgId } from '@kushim/db';
import { auditActor, type Actor, type RequestContextValue } from '@/common/auth';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditService } from '@/modules/audit/audit.service';
import { ControlStatusRefresher } from '@/modules/compliance-status/control-status-refresher.service';
import { ScoreSnapshotWriter } from '@/modules/scores/score-snapshot.writer';
import { AlertDispatcher } from '@/modules/alerts/transitions/alert-dispatcher.service';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import type { AuditWindowRange } from '@/common/auth';

const fieldError = (field: string, message: string) =>
  new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);

/**
 * Accepted findings: while an exception is active (not revoked, not expired), the check's failing finding for its
 * resource is marked excepted and does not fail the control. Creating or revoking one recomputes the control
 * statuses and today's score in the same transaction, so the dashboard shows the effect at once; an exception
 * that lapses is picked up by the hourly status refresh job.
 */
@Injectable()
export class ExceptionsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly statuses: ControlStatusRefresher,
    private readonly scores: ScoreSnapshotWriter,
    private readonly alerts: AlertDispatcher,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  private view(row: Exception): ExceptionView {
    return {
      id: row.id,
      checkId: row.checkId,
      resourceId: row.resourceId,
      justification: row.justification,
      approvedById: row.approvedById,
      expiresAt: row.expiresAt.toISOString(),
      revokedAt: row.revokedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      active: row.revokedAt === null && row.expiresAt > this.clock.now(),
    };
  }

  /** Newest first; for a windowed auditor, the exceptions in force at some time during the window. */
  async list(orgId: OrgId, window: AuditWindowRange | null = null): Promise<ExceptionList> {
    const rows = await this.database.tenant(orgId, (tx) =>
      tx.exception.findMany({
        where: {
          organizationId: orgId,
          ...(window
            ? {
                createdAt: { lt: window.to },
                expiresAt: { gt: window.from },
                OR: [{ revokedAt: null }, { revokedAt: { gt: window.from } }],
              }
            : {}),
        },
        orderBy: { createdAt: 'desc' },
        take: 1000,
      }),
    );
    return { items: rows.map((row) => this.view(row)) };
  }

  async create(
    orgId: OrgId,
    actor: Actor,
    input: CreateExceptionRequest,
    context: RequestContextValue,
  ): Promise<ExceptionView> {
    if (!this.registry.check(input.checkId)) {
      throw fieldError('checkId', 'is not a known check');
    }
    const expiresAt = new Date(input.expiresAt);
    if (expiresAt <= this.clock.now()) {
      throw fieldError('expiresAt', 'must be in the future');
    }
    const row = await this.database.tenant(orgId, async (tx) => {
      const created = await tx.exception.create({
        data: {
          organizationId: orgId,
          checkId: input.checkId,
          resourceId: input.resourceId,
          justification: input.justification,
          approvedById: actor.kind === 'user' ? actor.userId : null,
          expiresAt,
          createdAt: this.clock.now(),
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'exception.created',
        target: { type: 'exception', id: created.id },
        payload: {
          checkId: input.checkId,
          resourceId: input.resourceId,
          justification: input.justification,
          expiresAt: expiresAt.toISOString(),
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      await this.recompute(tx, orgId);
      return created;
    });
    await this.alerts.afterCommit(orgId);
    return this.view(row);
  }

  async revoke(orgId: OrgId, actor: Actor, exceptionId: string, context: RequestContextValue): Promise<void> {
    await this.database.tenant(orgId, async (tx) => {
      const existing = await tx.exception.findFirst({ where: { id: exceptionId, organizationId: orgId } });
      if (!existing) {
        throw new NotFoundException('Exception not found');
      }
      if (existing.revokedAt) {
        return;
      }
      await tx.exception.update({
        where: { id: exceptionId },
        data: { revokedAt: this.clock.now(), revokedById: actor.kind === 'user' ? actor.userId : null },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'exception.revoked',
        target: { type: 'exception', id: exceptionId },
        payload: { checkId: existing.checkId, resourceId: existing.resourceId },
        requestId: context.requestId,
        ip: context.ip,
      });
      await this.recompute(tx, orgId);
    });
    await this.alerts.afterCommit(orgId);
  }

  private async recompute(tx: DbTx, orgId: OrgId): Promise<void> {
    const now = this.clock.now();
    await this.statuses.refresh(tx, orgId, now, { kind: 'exception' });
    await this.scores.record(tx, orgId, now, null);
  }
}
