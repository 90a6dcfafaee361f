import type { Client, User } from '@okta/okta-sdk-nodejs';
import { defineCollector } from '../../../core/collector';
import {
  oktaEvidence,
  type OktaFactorsEvidence,
  type OktaUserRecord,
  type OktaUsersEvidence,
} from '../evidence';
import type { OktaSettings } from '../settings';
import { byId, isoOrNull, mapWithConcurrency } from './okta-values';

/**
 * Users and their MFA factors.
 * API calls: GET /api/v1/users (Okta omits DEPROVISIONED users from an unfiltered list, so a second call searches
 * `status eq "DEPROVISIONED"`), GET /api/v1/users/{id}/factors for each ACTIVE user.
 * Scopes: okta.users.read, okta.factors.read (API token: Read-Only Administrator).
 */
export const oktaUsersCollector = defineCollector<Client, OktaSettings>({
  id: 'users',
  produces: [oktaEvidence.users, oktaEvidence.factors],
  permissions: ['okta.users.read', 'okta.factors.read'],
  collect: async (client, { now }) => {
    const users = [
      ...(await listUsers(client, {})),
      ...(await listUsers(client, { search: 'status eq "DEPROVISIONED"' })),
    ];
    const records = dedupe(users.map(toUserRecord)).sort(byId);
    const active = records.filter((user) => user.status === 'ACTIVE');
    const factors = await mapWithConcurrency(active, 8, async (user) => {
      const list = [];
      for await (const factor of await client.userFactorApi.listFactors({ userId: user.id })) {
        if (factor?.id) {
          list.push({
            id: factor.id,
            factorType: factor.factorType ?? 'unknown',
            provider: factor.provider ?? null,
            status: factor.status ?? 'unknown',
          });
        }
      }
      return { userId: user.id, login: user.login, factors: list.sort(byId) };
    });
    const collectedAt = now().toISOString();
    return [
      { kind: oktaEvidence.users, collectedAt, content: { users: records } satisfies OktaUsersEvidence },
      { kind: oktaEvidence.factors, collectedAt, content: { users: factors } satisfies OktaFactorsEvidence },
    ];
  },
});

async function listUsers(client: Client, query: { search?: string }): Promise<User[]> {
  const users: User[] = [];
  for await (const user of await client.userApi.listUsers({ ...query, limit: 200 })) {
    if (user) {
      users.push(user);
    }
  }
  return users;
}

function toUserRecord(user: User): OktaUserRecord {
  return {
    id: user.id ?? '',
    login: user.profile?.login ?? user.id ?? '',
    email: user.profile?.email?.toLowerCase() ?? null,
    status: user.status ?? 'unknown',
    created: isoOrNull(user.created),
    activated: isoOrNull(user.activated),
    statusChanged: isoOrNull(user.statusChanged),
    lastLogin: isoOrNull(user.lastLogin),
  };
}

function dedupe(records: OktaUserRecord[]): OktaUserRecord[] {
  return [...new Map(records.filter((r) => r.id !== '').map((r) => [r.id, r])).values()];
}
