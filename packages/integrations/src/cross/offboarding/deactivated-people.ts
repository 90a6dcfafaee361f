import type { EvidenceSet } from '../../core/evidence';
import type { Finding } from '../../core/finding';
import { oktaEvidence, type OktaUserRecord, type OktaUsersEvidence } from '../../providers/okta/evidence';

/** Okta statuses that mean the person's access was ended (deactivated or suspended). */
const deactivatedStatuses = new Set(['DEPROVISIONED', 'SUSPENDED']);

export interface DeactivatedPerson {
  oktaUserId: string;
  email: string;
  login: string;
  status: string;
  since: string | null;
}

/** People whose Okta account is DEPROVISIONED or SUSPENDED, keyed by lower-case email. */
export function deactivatedPeople(evidence: EvidenceSet): DeactivatedPerson[] {
  const users = evidence.get<OktaUsersEvidence>(oktaEvidence.users)?.content.users ?? [];
  const active = new Set(users.filter((u) => !deactivatedStatuses.has(u.status)).flatMap(emailsOf));
  return users
    .filter((user) => deactivatedStatuses.has(user.status))
    .flatMap((user) =>
      emailsOf(user)
        // Someone deactivated and re-created under the same email is still with the company.
        .filter((email) => !active.has(email))
        .map((email) => ({
          oktaUserId: user.id,
          email,
          login: user.login,
          status: user.status,
          since: user.statusChanged,
        })),
    );
}

function emailsOf(user: OktaUserRecord): string[] {
  const email = (user.email ?? (user.login.includes('@') ? user.login : '')).toLowerCase();
  return email ? [email] : [];
}

/** One finding per deactivated person: FAIL naming the still-active account in the target system, else PASS. */
export function offboardingFindings<TAccount>(
  people: DeactivatedPerson[],
  activeAccountsByEmail: Map<string, TAccount[]>,
  describe: {
    system: string;
    resource(account: TAccount): Finding['resource'];
    label(account: TAccount): string;
  },
  finding: (resource: Finding['resource'], passed: boolean, reason: string) => Finding,
): Finding[] {
  return people.flatMap((person) => {
    const since = person.since ? ` since ${person.since.slice(0, 10)}` : '';
    const accounts = activeAccountsByEmail.get(person.email) ?? [];
    if (accounts.length === 0) {
      return [
        finding(
          { type: 'okta-user', id: person.oktaUserId, name: person.email },
          true,
          `${person.email} (${person.status} in Okta) has no active ${describe.system} account`,
        ),
      ];
    }
    return accounts.map((account) =>
      finding(
        describe.resource(account),
        false,
        `${person.email} is ${person.status} in Okta${since} but ${describe.label(account)} is still active in ${describe.system}`,
      ),
    );
  });
}

export function groupByEmail<T>(
  items: T[],
  emailOf: (item: T) => string | null | undefined,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const email = emailOf(item)?.toLowerCase();
    if (email) {
      map.set(email, [...(map.get(email) ?? []), item]);
    }
  }
  return map;
}
