import type { Client } from '@okta/okta-sdk-nodejs';
import type { ConnectionTestResult } from '../../core/provider';
import { IntegrationAuthError, IntegrationPermissionError } from '../../core/errors';
import { classifyOktaError } from './errors';

/**
 * One cheap read per scope Kushim needs (users, policies, roles, log streams; factors are covered by the users
 * read). A rejected token stops at the first call; a 403 names the scope that is missing.
 */
export async function testOktaConnection(client: Client): Promise<ConnectionTestResult> {
  const probes: (() => Promise<unknown>)[] = [
    async () => (await client.userApi.listUsers({ limit: 1 })).getNextPage(),
    async () => (await client.policyApi.listPolicies({ type: 'PASSWORD' })).getNextPage(),
    () => client.roleAssignmentApi.listUsersWithRoleAssignments({ limit: 1 }),
    async () => (await client.logStreamApi.listLogStreams()).getNextPage(),
  ];
  const missing: string[] = [];
  for (const probe of probes) {
    try {
      await probe();
    } catch (error) {
      const typed = classifyOktaError(error);
      if (typed instanceof IntegrationPermissionError) {
        missing.push(...typed.missingPermissions);
        continue;
      }
      const message =
        typed instanceof IntegrationAuthError ? typed.message : `Could not reach Okta: ${typed.message}`;
      return { ok: false, message, missingPermissions: [] };
    }
  }
  return missing.length === 0
    ? { ok: true, message: 'Connected to Okta with every read scope Kushim needs.', missingPermissions: [] }
    : {
        ok: false,
        message: `Connected, but the token lacks: ${missing.join(', ')}.`,
        missingPermissions: missing,
      };
}
