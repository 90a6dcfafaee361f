import { defineCollector } from '../../../core/collector';
import type { GithubClient } from '../client';
import { githubEvidence, type GithubOrgMembers, type GithubOrgSettings } from '../evidence';
import { githubPermissions } from '../permissions';
import type { GithubSettings } from '../settings';

/** GET /orgs/{org}; GET /orgs/{org}/members and ?filter=2fa_disabled (organization owner view). */
export const organizationCollector = defineCollector<GithubClient, GithubSettings>({
  id: 'organization',
  produces: [githubEvidence.orgSettings, githubEvidence.orgMembers],
  permissions: [githubPermissions.administration, githubPermissions.members],
  async collect(client, { now, settings }) {
    const { data: org } = await client.rest.orgs.get({ org: settings.org });
    const [members, withoutTwoFactor] = await Promise.all([
      client.paginate(client.rest.orgs.listMembers, { org: settings.org, per_page: 100 }),
      client.paginate(client.rest.orgs.listMembers, {
        org: settings.org,
        filter: '2fa_disabled',
        per_page: 100,
      }),
    ]);
    const disabled = new Set(withoutTwoFactor.map((m) => m.login));
    const collectedAt = now().toISOString();
    const orgSettings: GithubOrgSettings = {
      login: org.login,
      twoFactorRequirementEnabled: org.two_factor_requirement_enabled ?? null,
      defaultRepositoryPermission: org.default_repository_permission ?? null,
    };
    const orgMembers: GithubOrgMembers = {
      org: org.login,
      members: members
        .map((m) => ({
          login: m.login,
          id: m.id,
          twoFactorEnabled: !disabled.has(m.login),
          email: m.email ?? null,
        }))
        .sort((a, b) => a.login.localeCompare(b.login)),
    };
    return [
      { kind: githubEvidence.orgSettings, collectedAt, content: orgSettings },
      { kind: githubEvidence.orgMembers, collectedAt, content: orgMembers },
    ];
  },
});
