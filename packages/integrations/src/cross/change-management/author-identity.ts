import type { CheckSettings } from '../../core/check';
import type { GithubOrgMember } from '../../providers/github/evidence';
import type { JiraPerson } from '../../providers/jira/evidence';

/**
 * Who a GitHub login is in Jira: the organization's mapping (`githubUserIdentities`: login → email or Jira account
 * id) first, then the member's public GitHub email. Lower-cased for comparison.
 */
export function authorIdentities(
  login: string,
  members: GithubOrgMember[],
  settings: CheckSettings,
): Set<string> {
  const identities = new Set<string>();
  const mapping = settings.githubUserIdentities;
  if (typeof mapping === 'object' && mapping !== null) {
    const mapped = (mapping as Record<string, unknown>)[login];
    for (const value of Array.isArray(mapped) ? mapped : [mapped]) {
      if (typeof value === 'string' && value.length > 0) {
        identities.add(value.toLowerCase());
      }
    }
  }
  const email = members.find((m) => m.login === login)?.email;
  if (email) {
    identities.add(email.toLowerCase());
  }
  return identities;
}

export function personIdentities(person: JiraPerson): string[] {
  return [person.accountId, person.emailAddress]
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.toLowerCase());
}
