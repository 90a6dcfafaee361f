import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, withScope, type OrgId } from '@kushim/db';
import { Clock } from '@/common/time/clock';
import { DatabaseService } from '@/infra/database/database.service';
import { RetryLaterError } from '@/infra/queue/job-errors';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import type { SlackDeliveryOutcome } from './slack-delivery-outcome';
import { SlackOutboxRepository } from './slack-outbox.repository';
import { SLACK_CALL_TIMEOUT_MS } from './slack-posting';
import { SlackSender } from './slack-sender.service';

/**
 * The delivery transaction holds the organization's outbox lock across one Slack call: its timeout covers the
 * lock wait (lock_timeout 15 s), the call (SLACK_CALL_TIMEOUT_MS) and the few queries around them. Prisma's default
 * (5 s) could roll back a transaction whose message Slack had accepted, and the message would go out again.
 */
const DELIVERY_TX_TIMEOUT_MS = 15_000 + SLACK_CALL_TIMEOUT_MS + 10_000;

export const SLACK_OFF_REASON = 'Slack notifications are off';

/** What one delivery step did. */
type Step =
  { kind: 'idle' } | { kind: 'off'; discarded: number } | (SlackDeliveryOutcome & { messageId: string });

export interface DeliveryReport {
  sent: number;
  discarded: number;
  /** Why delivery stopped with messages still PENDING (a configuration problem), or null. */
  waiting: string | null;
}

/**
 * `alert.deliver`: sends the organization's PENDING Slack messages oldest first, one at a time, each exactly once.
 * Each message is handled in its own tenant transaction that first takes the organization's outbox lock, so two
 * jobs never post the same message; SENT (or the failed attempt) commits with it. Delivery stops at the first
 * message that did not go, so messages arrive in order:
 * - rate limited → retry no sooner than Slack's Retry-After; unavailable → retry with backoff;
 * - configuration (channel missing, bot not in it, token revoked, webhook removed) → the message stays PENDING
 *   with an actionable lastError and the job completes: `alert.sweep` tries again each minute, and it goes out once
 *   fixed;
 * - rejected by Slack as malformed → DISCARDED (it can never go), and the next one goes;
 * - no settings row → nothing is sent, messages wait; Slack turned off (slackEnabled false) → PENDING messages are
 *   DISCARDED, so turning Slack on later does not flood the channel with stale alerts.
 */
@Injectable()
export class SlackDeliveryProcessor {
  private readonly logger = new Logger('SlackDelivery');

  constructor(
    private readonly database: DatabaseService,
    private readonly outbox: SlackOutboxRepository,
    private readonly sender: SlackSender,
    private readonly clock: Clock,
  ) {}

  @JobHandler('alert.deliver')
  async deliver(payload: JobPayload<'alert.deliver'>): Promise<DeliveryReport> {
    const orgId = asOrgId(payload.orgId);
    const report: DeliveryReport = { sent: 0, discarded: 0, waiting: null };
    for (;;) {
      const step = await this.deliverOldest(orgId);
      switch (step.kind) {
        case 'idle':
          return report;
        case 'off':
          report.discarded += step.discarded;
          return report;
        case 'sent':
          report.sent += 1;
          continue;
        case 'rejected':
          report.discarded += 1;
          this.logger.warn(`org ${orgId}: message ${step.messageId} discarded: ${step.message}`);
          continue;
        case 'configuration':
          this.logger.warn(`org ${orgId}: Slack delivery waits for a configuration fix: ${step.message}`);
          return { ...report, waiting: step.message };
        case 'rate-limited':
          throw new RetryLaterError(`org ${orgId}: ${step.message}`, step.retryAfterMs);
        case 'transient':
          throw new RetryLaterError(`org ${orgId}: ${step.message}`);
        default:
          return step satisfies never;
      }
    }
  }

  private deliverOldest(orgId: OrgId): Promise<Step> {
    return withScope(
      this.database.app,
      { orgId },
      async (tx): Promise<Step> => {
        await this.outbox.lock(tx, orgId);
        const settings = await tx.notificationSettings.findUnique({ where: { organizationId: orgId } });
        if (!settings) {
          return { kind: 'idle' };
        }
        if (!settings.slackEnabled) {
          const discarded = await this.outbox.discardPending(tx, orgId, SLACK_OFF_REASON);
          return discarded > 0 ? { kind: 'off', discarded } : { kind: 'idle' };
        }
        const message = await this.outbox.oldestPending(tx, orgId);
        if (!message) {
          return { kind: 'idle' };
        }
        const outcome = await this.sender.send(tx, orgId, settings, message.payload);
        if (outcome.kind === 'sent') {
          await this.outbox.markSent(tx, message.id, this.clock.now());
        } else {
          await this.outbox.markFailed(tx, message.id, outcome.message, outcome.kind === 'rejected');
        }
        return { ...outcome, messageId: message.id };
      },
      { timeout: DELIVERY_TX_TIMEOUT_MS },
    );
  }
}
