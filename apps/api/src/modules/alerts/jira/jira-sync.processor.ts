import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '@kushim/contracts';
import { asOrgId, type DbTx, type OrgId } from '@kushim/db';
import { type CheckDefinition, type JiraClient, type Severity, severities } from '@kushim/integrations';
import { Clock } from '@/common/time/clock';
import { ApiConfig } from '@/config/api-config';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { DatabaseService } from '@/infra/database/database.service';
import { RetryLaterError } from '@/infra/queue/job-errors';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { CheckResultRepository } from '@/modules/checks/check-result.repository';
import {
  INTEGRATION_REGISTRY,
  type IntegrationRegistry,
} from '@/modules/integrations/integration-registry.module';
import { controlLink } from '../transitions/control-link';
import {
  duplicateComment,
  issueDescription,
  issueSummary,
  passesAgainComment,
  resourcesChangedComment,
} from './issue-document';
import { JiraIssueTracker } from './jira-issue-tracker';
import { JiraConfigurationRefusedError, JiraIssueGoneError, JiraRateLimitedError } from './jira-refusal';
import { issueLabels, remediationLabel } from './remediation-label';
import { type LatestCheckResult, planTicketActions, type TicketAction } from './remediation-plan';
import { RemediationTicketRepository } from './remediation-ticket.repository';

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export interface JiraSyncOutcome {
  opened: number;
  adopted: number;
  updated: number;
  closed: number;
  /** Why the sync stopped (also written to NotificationSettings.jiraLastError); null when it did not. */
  refused: string | null;
}

interface SyncSetup {
  integrationId: string;
  client: JiraClient;
  projectKey: string;
  issueType: string;
  minSeverity: Severity;
  labels: string[];
}

type Setup = { kind: 'disabled' } | { kind: 'refused'; message: string } | ({ kind: 'ready' } & SyncSetup);

/**
 * `alert.jira-sync` {orgId}: brings the organization's remediation tickets in line with its latest check results —
 * one Jira issue per failing check at or above the configured severity, a comment when its failing resources
 * change, a comment and a move to done when it passes. Each Jira change is recorded in its own transaction right
 * after it is made, so a retry resumes where the last attempt stopped; an issue created but not recorded is found
 * again by its stable label. Jira refusing the configuration stops the sync with NotificationSettings.jiraLastError
 * (no retry: nothing changes until someone fixes it); rate limits and outages are retried by the job.
 */
/** How long a sync may hold the organization's lease before another may take it (a worker died holding it). */
const SYNC_LEASE_MS = 10 * 60_000;

@Injectable()
export class JiraSyncProcessor {
  private readonly logger = new Logger('JiraSync');

  constructor(
    private readonly database: DatabaseService,
    private readonly vault: CredentialVault,
    private readonly tickets: RemediationTicketRepository,
    private readonly results: CheckResultRepository,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    @Inject(INTEGRATION_REGISTRY) private readonly registry: IntegrationRegistry,
  ) {}

  @JobHandler('alert.jira-sync')
  async sync(payload: JobPayload<'alert.jira-sync'>): Promise<JiraSyncOutcome> {
    const orgId = asOrgId(payload.orgId);
    const outcome: JiraSyncOutcome = { opened: 0, adopted: 0, updated: 0, closed: 0, refused: null };
    const setup = await this.database.tenant(orgId, (tx) => this.readSetup(tx, orgId));
    if (setup.kind === 'disabled') {
      return outcome;
    }
    if (setup.kind === 'refused') {
      return this.refused(orgId, outcome, setup.message);
    }
    const tracker = new JiraIssueTracker(setup.client, {
      projectKey: setup.projectKey,
      issueType: setup.issueType,
    });
    await this.takeLease(orgId);
    let actions: TicketAction[];
    try {
      actions = await this.database.tenant(orgId, (tx) => this.plan(tx, orgId, setup.minSeverity));
      for (const action of actions) {
        await this.apply(orgId, setup, tracker, action, outcome);
      }
    } catch (error) {
      if (error instanceof JiraConfigurationRefusedError) {
        return this.refused(orgId, outcome, error.message);
      }
      if (error instanceof JiraRateLimitedError) {
        throw new RetryLaterError(error.message, error.retryAfterMs);
      }
      throw error;
    } finally {
      await this.releaseLease(orgId);
    }
    await this.database.tenant(orgId, (tx) =>
      tx.notificationSettings.updateMany({
        where: { organizationId: orgId, jiraLastError: { not: null } },
        data: { jiraLastError: null },
      }),
    );
    if (actions.length > 0) {
      this.logger.log(
        `${orgId}: opened ${outcome.opened}, adopted ${outcome.adopted}, updated ${outcome.updated}, closed ${outcome.closed}`,
      );
    }
    return outcome;
  }

  /**
   * One sync per organization at a time (a run's sync and an exception's may be enqueued together): a lease on the
   * settings row, taken atomically; a sync that finds it held retries shortly. The lease expires by itself if a
   * worker dies holding it.
   */
  private async takeLease(orgId: OrgId): Promise<void> {
    const now = this.clock.now();
    const taken = await this.database.tenant(orgId, (tx) =>
      tx.notificationSettings.updateMany({
        where: {
          organizationId: orgId,
          OR: [{ jiraSyncLeaseUntil: null }, { jiraSyncLeaseUntil: { lt: now } }],
        },
        data: { jiraSyncLeaseUntil: new Date(now.getTime() + SYNC_LEASE_MS) },
      }),
    );
    if (taken.count === 0) {
      throw new RetryLaterError('Another Jira sync of this organization is running', 5_000);
    }
  }

  private async releaseLease(orgId: OrgId): Promise<void> {
    await this.database.tenant(orgId, (tx) =>
      tx.notificationSettings.updateMany({
        where: { organizationId: orgId },
        data: { jiraSyncLeaseUntil: null },
      }),
    );
  }

  private async readSetup(tx: DbTx, orgId: OrgId): Promise<Setup> {
    const settings = await tx.notificationSettings.findUnique({ where: { organizationId: orgId } });
    if (!settings?.jiraEnabled) {
      return { kind: 'disabled' };
    }
    if (!settings.jiraIntegrationId || !settings.jiraProjectKey) {
      return {
        kind: 'refused',
        message:
          'Jira tickets are enabled but no Jira integration or project key is set: choose both in the notification settings.',
      };
    }
    const integration = await tx.integration.findFirst({
      where: { id: settings.jiraIntegrationId, organizationId: orgId, provider: 'jira' },
    });
    const provider = this.registry.provider('jira');
    if (!integration || integration.status === 'DISABLED' || !provider) {
      return {
        kind: 'refused',
        message:
          'The Jira integration chosen for remediation tickets was removed or disabled: choose a connected Jira integration in the notification settings.',
      };
    }
    // Decrypted in memory for this job only, as the collectors do; never logged nor stored elsewhere.
    const credentials = provider.credentialSchema.parse(
      this.vault.open({ organizationId: orgId, integrationId: integration.id }, integration.secretCiphertext),
    );
    const minSeverity = severities.find((s) => s === settings.jiraMinSeverity) ?? 'high';
    return {
      kind: 'ready',
      integrationId: integration.id,
      client: provider.createClient(
        credentials,
        provider.settingsSchema.parse(integration.settings),
      ) as JiraClient,
      projectKey: settings.jiraProjectKey,
      issueType: settings.jiraIssueType,
      minSeverity,
      labels: settings.jiraLabels,
    };
  }

  private async plan(tx: DbTx, orgId: OrgId, minSeverity: Severity): Promise<TicketAction[]> {
    const ticketed = this.registry
      .allChecks()
      .filter((check) => severityRank[check.severity] <= severityRank[minSeverity])
      .map((check) => check.id);
    const open = await this.tickets.open(tx, orgId);
    const rows = await this.results.latest(tx, orgId, [
      ...new Set([...ticketed, ...open.map((t) => t.checkId)]),
    ]);
    const latest = new Map<string, LatestCheckResult>(
      [...rows].map(([checkId, row]) => [
        checkId,
        {
          status: row.status,
          findings: (Array.isArray(row.findings) ? row.findings : []) as unknown as StoredFinding[],
        },
      ]),
    );
    return planTicketActions(ticketed, latest, open);
  }

  private async apply(
    orgId: OrgId,
    setup: SyncSetup,
    tracker: JiraIssueTracker,
    action: TicketAction,
    outcome: JiraSyncOutcome,
  ): Promise<void> {
    const now = this.clock.now();
    switch (action.kind) {
      case 'open':
        return this.open(orgId, setup, tracker, action, outcome);
      case 'update':
        try {
          await tracker.comment(
            action.ticket.issueKey,
            resourcesChangedComment(action.added, action.removed),
          );
          await this.database.tenant(orgId, (tx) =>
            this.tickets.updateResources(tx, orgId, action.ticket.id, action.failingResources, now),
          );
          outcome.updated++;
        } catch (error) {
          await this.closeIfGone(orgId, action.ticket.id, error, now);
        }
        return;
      case 'close':
        try {
          if (!(await tracker.isDone(action.ticket.issueKey))) {
            const check = this.registry.check(action.ticket.checkId);
            await tracker.comment(
              action.ticket.issueKey,
              passesAgainComment({ id: action.ticket.checkId, title: check?.title ?? action.ticket.checkId }),
            );
            await tracker.moveToDone(action.ticket.issueKey);
          }
          await this.database.tenant(orgId, (tx) => this.tickets.close(tx, orgId, action.ticket.id, now));
          outcome.closed++;
        } catch (error) {
          await this.closeIfGone(orgId, action.ticket.id, error, now);
        }
        return;
      default:
        return action satisfies never;
    }
  }

  /** Adopts the unresolved issue an earlier attempt left behind, or creates one, then records it. */
  private async open(
    orgId: OrgId,
    setup: SyncSetup,
    tracker: JiraIssueTracker,
    action: Extract<TicketAction, { kind: 'open' }>,
    outcome: JiraSyncOutcome,
  ): Promise<void> {
    const check = this.registry.check(action.checkId);
    if (!check) {
      return;
    }
    const label = remediationLabel(orgId, check.id);
    const adopted = await tracker.findUnresolved(label);
    const issue =
      adopted ??
      (await tracker.create({
        summary: issueSummary(check),
        description: issueDescription(check, action.failingFindings, this.controlLinks(orgId, check)),
        labels: issueLabels(setup.labels, label),
      }));
    const recorded = await this.database.tenant(orgId, (tx) =>
      this.tickets.recordOpened(
        tx,
        orgId,
        {
          checkId: check.id,
          integrationId: setup.integrationId,
          issueKey: issue.key,
          issueId: issue.id,
          failingResources: action.failingResources,
        },
        this.clock.now(),
      ),
    );
    if (!recorded.recorded && recorded.keptIssueKey !== issue.key) {
      // A concurrent sync recorded another issue for this check first: this one is a duplicate, close it.
      await tracker.comment(issue.key, duplicateComment(recorded.keptIssueKey));
      await tracker.moveToDone(issue.key);
      return;
    }
    if (adopted) {
      outcome.adopted++;
    } else {
      outcome.opened++;
    }
  }

  private controlLinks(orgId: OrgId, check: CheckDefinition): { id: string; url: string }[] {
    return check.controls.map((id) => ({ id, url: controlLink(this.config.env.WEB_URL, orgId, id) }));
  }

  /** An issue deleted in Jira leaves its ticket nothing to follow: close it (a new one opens if still failing). */
  private async closeIfGone(orgId: OrgId, ticketId: string, error: unknown, now: Date): Promise<void> {
    if (!(error instanceof JiraIssueGoneError)) {
      throw error;
    }
    await this.database.tenant(orgId, (tx) => this.tickets.close(tx, orgId, ticketId, now));
  }

  private async refused(orgId: OrgId, outcome: JiraSyncOutcome, message: string): Promise<JiraSyncOutcome> {
    this.logger.warn(`${orgId}: Jira sync stopped: ${message}`);
    await this.database.tenant(orgId, (tx) =>
      tx.notificationSettings.updateMany({
        where: { organizationId: orgId },
        data: { jiraLastError: message },
      }),
    );
    return { ...outcome, refused: message };
  }
}
