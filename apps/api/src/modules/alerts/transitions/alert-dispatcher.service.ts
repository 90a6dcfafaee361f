import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { QueueService } from '@/infra/queue/queue.service';

/**
 * Starts delivery once a transaction that may have written outbox messages has committed. Delivery is idempotent
 * (one sender per organization at a time, SENT set once), so an extra job costs a query; a lost enqueue (Redis
 * briefly down) is caught by the minute sweep, so it is logged, never turned into an error for the caller.
 */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The job key of a run's Jira sync (tests wait for that job). */
export const jiraSyncKeyOfRun = (runId: string) => `run:${runId}`;

@Injectable()
export class AlertDispatcher {
  private readonly logger = new Logger('AlertDispatcher');

  constructor(private readonly queues: QueueService) {}

  async afterCommit(orgId: string): Promise<void> {
    try {
      await this.queues.enqueue('alert.deliver', { orgId }, { jobKey: `${orgId}:${uuidv7()}` });
    } catch (error) {
      this.logger.warn(`Could not enqueue alert delivery for ${orgId} (the sweep will): ${messageOf(error)}`);
    }
  }

  /**
   * At the end of a run: deliver its messages and bring the Jira tickets in line with its results. The Jira sync is
   * keyed by the run (`run:<runId>`), so a retried score job adds no second sync.
   */
  async afterRun(orgId: string, runId: string): Promise<void> {
    await this.afterCommit(orgId);
    try {
      await this.queues.enqueue('alert.jira-sync', { orgId }, { jobKey: jiraSyncKeyOfRun(runId) });
    } catch (error) {
      this.logger.warn(`Could not enqueue the Jira sync of run ${runId}: ${messageOf(error)}`);
    }
  }
}
