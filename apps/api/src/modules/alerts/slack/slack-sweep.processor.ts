import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService } from '@/infra/database/database.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { QueueService } from '@/infra/queue/queue.service';
import { SLACK_CHANNEL } from './slack-outbox.repository';

/**
 * `alert.sweep` (every minute): enqueues `alert.deliver` for each organization with PENDING Slack messages, which
 * covers a lost enqueue, a retry chain that ran out during a long outage, and a configuration that was fixed.
 * Job ids are deterministic and finished jobs are kept a day, so the key names the delivery state: the oldest
 * pending message and its attempts. Every attempt changes it, so a stalled outbox gets a new job at most once a
 * minute; an outbox nobody tried since the last sweep (no settings yet) gets none.
 */
@Injectable()
export class SlackSweepProcessor {
  private readonly logger = new Logger('SlackSweep');

  constructor(
    private readonly database: DatabaseService,
    private readonly queues: QueueService,
  ) {}

  @JobHandler('alert.sweep')
  async sweep(): Promise<{ organizations: number }> {
    // Across tenants, so the owner role; the index (status, createdAt) serves it.
    const heads = await this.database.system.$queryRaw<
      { organizationId: string; id: string; attempts: number }[]
    >`
      select distinct on ("organizationId") "organizationId", id, attempts
      from "OutboxMessage"
      where status = 'PENDING' and channel = ${SLACK_CHANNEL}
      order by "organizationId", "createdAt", id`;
    for (const head of heads) {
      await this.queues.enqueue(
        'alert.deliver',
        { orgId: head.organizationId },
        { jobKey: `${head.organizationId}:${head.id}:${head.attempts}` },
      );
    }
    if (heads.length > 0) {
      this.logger.log(`delivery enqueued for ${heads.length} organization(s)`);
    }
    return { organizations: heads.length };
  }
}
