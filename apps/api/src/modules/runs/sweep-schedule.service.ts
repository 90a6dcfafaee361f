import { Injectable } from '@nestjs/common';
import type { OrgId } from '@kushim/db';
import { DatabaseService } from '@/infra/database/database.service';
import { QueueService } from '@/infra/queue/queue.service';

const HOUR_MS = 3_600_000;

/** The job scheduler id of an organization's sweep (one per organization). */
export function sweepSchedulerId(orgId: string): string {
  return `run.start.${orgId}`;
}

/**
 * Keeps one BullMQ job scheduler per organization that starts a sweep every N hours, N being the shortest
 * `scheduleEveryHours` among its enabled integrations (default 6). No enabled integration → no scheduler.
 */
@Injectable()
export class SweepSchedule {
  constructor(
    private readonly database: DatabaseService,
    private readonly queues: QueueService,
  ) {}

  async sync(orgId: OrgId): Promise<{ everyHours: number } | null> {
    const integrations = await this.database.tenant(orgId, (tx) =>
      tx.integration.findMany({
        where: { organizationId: orgId, status: { not: 'DISABLED' } },
        select: { scheduleEveryHours: true },
      }),
    );
    if (integrations.length === 0) {
      await this.queues.removeRecurringJob('run.start', sweepSchedulerId(orgId));
      return null;
    }
    const everyHours = Math.min(...integrations.map((i) => i.scheduleEveryHours));
    await this.queues.upsertRecurringJob(sweepSchedulerId(orgId), everyHours * HOUR_MS, 'run.start', {
      orgId,
    });
    return { everyHours };
  }

  /** The organization's sweep interval and next start, from its job scheduler; null when nothing is scheduled. */
  async next(orgId: OrgId): Promise<{ everyHours: number; nextRunAt: string } | null> {
    const scheduler = await this.queues.recurringJob('run.start', sweepSchedulerId(orgId));
    return scheduler
      ? {
          everyHours: Math.round(scheduler.everyMs / HOUR_MS),
          nextRunAt: new Date(scheduler.nextAt).toISOString(),
        }
      : null;
  }
}
