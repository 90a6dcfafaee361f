import type { CheckResultStatus } from '@kushim/db';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { failingResourcesOf } from '../sla/check-state-rules';

/** A check's latest result, as the sync reads it. */
export interface LatestCheckResult {
  status: CheckResultStatus;
  findings: readonly StoredFinding[];
}

/** The OPEN remediation ticket of a check. */
export interface OpenTicket {
  id: string;
  checkId: string;
  issueKey: string;
  issueId: string;
  failingResources: readonly string[];
}

export type TicketAction =
  | { kind: 'open'; checkId: string; failingResources: string[]; failingFindings: StoredFinding[] }
  | { kind: 'update'; ticket: OpenTicket; failingResources: string[]; added: string[]; removed: string[] }
  | { kind: 'close'; ticket: OpenTicket };

/**
 * What the sync must do so Jira matches the latest results. `ticketed` are the checks at or above the configured
 * severity: only they get a new ticket, but a ticket already open is followed until its check passes, even if the
 * threshold was raised since. INCONCLUSIVE (or no result) changes nothing: missing evidence is neither a new failure
 * nor a fix. An unchanged set of failing resources needs nothing, so reruns and retries touch nothing.
 */
export function planTicketActions(
  ticketed: readonly string[],
  latest: ReadonlyMap<string, LatestCheckResult>,
  open: readonly OpenTicket[],
): TicketAction[] {
  const openByCheck = new Map(open.map((ticket) => [ticket.checkId, ticket] as const));
  const checkIds = [...new Set([...ticketed, ...openByCheck.keys()])].sort();
  const actions: TicketAction[] = [];
  for (const checkId of checkIds) {
    const result = latest.get(checkId);
    const ticket = openByCheck.get(checkId);
    if (!result) {
      continue;
    }
    switch (result.status) {
      case 'FAIL': {
        const failingResources = failingResourcesOf(result.findings);
        if (!ticket) {
          const failingFindings = result.findings.filter((f) => f.status === 'FAIL' && !f.excepted);
          actions.push({ kind: 'open', checkId, failingResources, failingFindings });
          break;
        }
        const before = new Set(ticket.failingResources);
        const now = new Set(failingResources);
        const added = failingResources.filter((id) => !before.has(id));
        const removed = [...ticket.failingResources].filter((id) => !now.has(id)).sort();
        if (added.length > 0 || removed.length > 0) {
          actions.push({ kind: 'update', ticket, failingResources, added, removed });
        }
        break;
      }
      case 'PASS':
      case 'NOT_APPLICABLE':
        if (ticket) {
          actions.push({ kind: 'close', ticket });
        }
        break;
      case 'INCONCLUSIVE':
        break;
      default:
        return result.status satisfies never;
    }
  }
  return actions;
}
