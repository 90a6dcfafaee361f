import { Injectable, NotFoundException } from '@nestjs/common';
import type { OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { QueueService } from '@/infra/queue/queue.service';
import { AuditService } from '@/modules/audit/audit.service';
import type { AuditEventInput } from '@kushim/contracts';
import { runFlow } from './run-flow';

export interface StartRunOptions {
  trigger: 'MANUAL' | 'SCHEDULED';
  actor: AuditEventInput['actor'];
  requestedById?: string;
  integrationIds?: readonly string[];
  requestId?: string;
  ip?: string;
}

/** Creates a run (one step per integration) and enqueues its flow. Shared by POST /runs and the scheduler. */
@Injectable()
export class RunStarter {
  constructor(
    private readonly database: DatabaseService,
    private readonly queues: QueueService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Returns null when the organization has nothing to collect (no enabled integration). */
  async start(orgId: OrgId, options: StartRunOptions): Promise<{ runId: string } | null> {
    const run = await this.database.tenant(orgId, async (tx) => {
      const integrations = await tx.integration.findMany({
        where: {
          organizationId: orgId,
          status: { not: 'DISABLED' },
          ...(options.integrationIds ? { id: { in: [...options.integrationIds] } } : {}),
        },
        select: { id: true, provider: true },
        orderBy: { createdAt: 'asc' },
      });
      if (options.integrationIds && integrations.length !== new Set(options.integrationIds).size) {
        throw new NotFoundException('integrationIds: an integration was not found or is disabled');
      }
      if (integrations.length === 0) {
        return null;
      }
      const created = await tx.collectionRun.create({
        data: {
          organizationId: orgId,
          trigger: options.trigger,
          requestedById: options.requestedById ?? null,
          createdAt: this.clock.now(),
        },
      });
      await tx.collectionRunStep.createMany({
        data: integrations.map((integration) => ({
          organizationId: orgId,
          runId: created.id,
          integrationId: integration.id,
        })),
      });
      await this.audit.append(tx, orgId, {
        actor: options.actor,
        action: 'run.started',
        target: { type: 'run', id: created.id },
        payload: { trigger: options.trigger, integrations: integrations.length },
        ...(options.requestId ? { requestId: options.requestId } : {}),
        ...(options.ip ? { ip: options.ip } : {}),
      });
      return { runId: created.id, integrations };
    });
    if (!run) {
      return null;
    }
    await this.queues.addFlow(runFlow(orgId, run.runId, run.integrations));
    return { runId: run.runId };
  }
}
