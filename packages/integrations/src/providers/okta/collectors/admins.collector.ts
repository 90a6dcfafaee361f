import type { Client } from '@okta/okta-sdk-nodejs';
import { defineCollector } from '../../../core/collector';
import { oktaEvidence, type OktaSuperAdminsEvidence } from '../evidence';
import type { OktaSettings } from '../settings';
import { mapWithConcurrency, orgLabel } from './okta-values';

/**
 * Users holding the Super Administrator role.
 * API calls: GET /api/v1/iam/assignees/users (every user with a directly assigned admin role, paged by `after`),
 * GET /api/v1/users/{id}/roles and GET /api/v1/users/{id} for each of them. Scopes: okta.roles.read, okta.users.read.
 * Roles granted through group membership are not listed by this endpoint (documented limitation).
 */
export const oktaAdminsCollector = defineCollector<Client, OktaSettings>({
  id: 'admins',
  produces: [oktaEvidence.superAdmins],
  permissions: ['okta.roles.read', 'okta.users.read'],
  collect: async (client, { now, settings }) => {
    const assigneeIds = await listRoleAssignees(client);
    const admins = await mapWithConcurrency(assigneeIds, 8, async (userId) => {
      const roles = [];
      for await (const role of await client.roleAssignmentApi.listAssignedRolesForUser({ userId })) {
        if (role) {
          roles.push(role.type);
        }
      }
      if (!roles.includes('SUPER_ADMIN')) {
        return undefined;
      }
      const user = await client.userApi.getUser({ userId });
      return { userId, login: user.profile?.login ?? userId, status: user.status ?? 'unknown' };
    });
    const content: OktaSuperAdminsEvidence = {
      org: orgLabel(settings),
      superAdmins: admins.filter((a) => a !== undefined).sort((a, b) => a.userId.localeCompare(b.userId)),
    };
    return [{ kind: oktaEvidence.superAdmins, collectedAt: now().toISOString(), content }];
  },
});

/** This endpoint answers one object with `value` and `_links.next`, not a Link-paged list, so page by hand. */
async function listRoleAssignees(client: Client): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const result = await client.roleAssignmentApi.listUsersWithRoleAssignments({
      limit: 100,
      ...(after ? { after } : {}),
    });
    ids.push(...(result.value ?? []).flatMap((assignee) => (assignee.id ? [assignee.id] : [])));
    const next = result._links?.next?.href;
    after = next ? (new URL(next).searchParams.get('after') ?? undefined) : undefined;
    if (!after) {
      break;
    }
  }
  return [...new Set(ids)];
}
