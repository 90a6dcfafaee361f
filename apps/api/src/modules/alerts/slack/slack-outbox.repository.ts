import { Injectable } from '@nestjs/common';
import type { DbTx, OrgId, OutboxMessage } from '@kushim/db';

export const SLACK_CHANNEL = 'slack';

/** The organization's Slack outbox rows. Callers pass a tenant transaction. */
@Injectable()
export class SlackOutboxRepository {
  /**
   * Serialises delivery per organization until the transaction ends: two workers (a retry and a sweep, two worker
   * processes) never hold the same message at once, so one SENT update cannot race another post.
   */
  async lock(tx: DbTx, orgId: OrgId): Promise<void> {
    // A holder keeps the lock for one Slack call at most: waiting longer means something is stuck, and failing
    // here (the job retries) keeps the wait inside the transaction's own timeout.
    await tx.$executeRaw`set local lock_timeout = '15s'`;
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`${orgId}:slack-outbox`}, 0))`;
  }

  /** The next message to go out: the oldest PENDING one (by creation, then id). */
  oldestPending(tx: DbTx, orgId: OrgId): Promise<OutboxMessage | null> {
    return tx.outboxMessage.findFirst({
      where: { organizationId: orgId, channel: SLACK_CHANNEL, status: 'PENDING' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async markSent(tx: DbTx, id: string, sentAt: Date): Promise<void> {
    await tx.outboxMessage.update({
      where: { id },
      data: { status: 'SENT', sentAt, attempts: { increment: 1 }, lastError: null },
    });
  }

  /** One more failed attempt; `discard` when the message can never go out. */
  async markFailed(tx: DbTx, id: string, lastError: string, discard: boolean): Promise<void> {
    await tx.outboxMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError, ...(discard ? { status: 'DISCARDED' } : {}) },
    });
  }

  /** Every PENDING Slack message DISCARDED with `reason` (Slack was turned off for the organization). */
  async discardPending(tx: DbTx, orgId: OrgId, reason: string): Promise<number> {
    const { count } = await tx.outboxMessage.updateMany({
      where: { organizationId: orgId, channel: SLACK_CHANNEL, status: 'PENDING' },
      data: { status: 'DISCARDED', lastError: reason },
    });
    return count;
  }
}
