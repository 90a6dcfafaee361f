import { Injectable } from '@nestjs/common';
import type { DbTx, OrgId } from '@kushim/db';
import { v7 as uuidv7 } from 'uuid';
import type { OpenTicket } from './remediation-plan';

/** A check's open ticket as the controls API shows it. */
export interface TicketLink {
  issueKey: string;
  /** The issue on the Jira site of the integration that opened it. */
  url: string;
  status: 'OPEN';
}

export interface RecordedTicket {
  checkId: string;
  integrationId: string;
  issueKey: string;
  issueId: string;
  failingResources: readonly string[];
}

/** `https://acme.atlassian.net/browse/SEC-12`, from the integration's site URL. */
function browseUrl(host: unknown, issueKey: string): string {
  const site = typeof host === 'string' ? host.replace(/\/+$/, '') : '';
  return `${site}/browse/${issueKey}`;
}

/** Remediation tickets of one organization (callers pass a tenant transaction). */
@Injectable()
export class RemediationTicketRepository {
  async open(tx: DbTx, orgId: OrgId): Promise<OpenTicket[]> {
    return tx.remediationTicket.findMany({
      where: { organizationId: orgId, status: 'OPEN' },
      select: { id: true, checkId: true, issueKey: true, issueId: true, failingResources: true },
      orderBy: { checkId: 'asc' },
    });
  }

  /**
   * Records a newly opened (or adopted) issue as the check's OPEN ticket. The partial unique index allows one OPEN
   * ticket per check: if a concurrent sync recorded one first, nothing is written and its issue key comes back.
   */
  async recordOpened(
    tx: DbTx,
    orgId: OrgId,
    ticket: RecordedTicket,
    now: Date,
  ): Promise<{ recorded: true } | { recorded: false; keptIssueKey: string }> {
    const inserted = await tx.$executeRaw`
      insert into "RemediationTicket"
        ("id", "organizationId", "checkId", "integrationId", "issueKey", "issueId", "status", "failingResources",
         "openedAt", "lastSyncedAt")
      values (${uuidv7()}::uuid, ${orgId}::uuid, ${ticket.checkId}, ${ticket.integrationId}::uuid, ${ticket.issueKey},
              ${ticket.issueId}, 'OPEN', ${[...ticket.failingResources].sort()}::text[], ${now}, ${now})
      on conflict ("organizationId", "checkId") where "status" = 'OPEN' do nothing`;
    if (inserted === 1) {
      return { recorded: true };
    }
    const kept = await tx.remediationTicket.findFirstOrThrow({
      where: { organizationId: orgId, checkId: ticket.checkId, status: 'OPEN' },
      select: { issueKey: true },
    });
    return { recorded: false, keptIssueKey: kept.issueKey };
  }

  async updateResources(
    tx: DbTx,
    orgId: OrgId,
    ticketId: string,
    failingResources: readonly string[],
    now: Date,
  ): Promise<void> {
    await tx.remediationTicket.updateMany({
      where: { id: ticketId, organizationId: orgId, status: 'OPEN' },
      data: { failingResources: [...failingResources].sort(), lastSyncedAt: now },
    });
  }

  async close(tx: DbTx, orgId: OrgId, ticketId: string, now: Date): Promise<void> {
    await tx.remediationTicket.updateMany({
      where: { id: ticketId, organizationId: orgId, status: 'OPEN' },
      data: { status: 'CLOSED', closedAt: now, lastSyncedAt: now },
    });
  }

  /** Each check's OPEN ticket with a link to the issue, for the control detail (one query per table). */
  async openTicketsByCheck(tx: DbTx, orgId: OrgId): Promise<Map<string, TicketLink>> {
    const tickets = await tx.remediationTicket.findMany({
      where: { organizationId: orgId, status: 'OPEN' },
      select: { checkId: true, issueKey: true, integrationId: true },
    });
    if (tickets.length === 0) {
      return new Map();
    }
    const integrations = await tx.integration.findMany({
      where: { organizationId: orgId, id: { in: [...new Set(tickets.map((t) => t.integrationId))] } },
      select: { id: true, settings: true },
    });
    const hostOf = new Map(
      integrations.map((i) => [i.id, (i.settings as { host?: unknown } | null)?.host] as const),
    );
    return new Map(
      tickets.map((t) => [
        t.checkId,
        {
          issueKey: t.issueKey,
          url: browseUrl(hostOf.get(t.integrationId), t.issueKey),
          status: 'OPEN' as const,
        },
      ]),
    );
  }
}
