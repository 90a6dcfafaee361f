import { IntegrationPermissionError } from '../../core/errors';
import { defineProvider } from '../../core/provider';
import { githubChecks } from './checks';
import { createGithubClient, type GithubClient } from './client';
import { branchProtectionCollector } from './collectors/branch-protection.collector';
import { dependabotCollector } from './collectors/dependabot.collector';
import { organizationCollector } from './collectors/organization.collector';
import { pullRequestsCollector } from './collectors/pull-requests.collector';
import { repositoriesCollector } from './collectors/repositories.collector';
import { githubCredentialSchema, type GithubCredentials } from './credentials';
import { classifyGithubError } from './errors';
import { githubPermissionRequirements } from './permissions';
import { type GithubSettings, githubSettingsSchema } from './settings';

/** A live call that proves the token works and can see the organization (and whether it can see its 2FA setting). */
async function testConnection(client: GithubClient, settings: GithubSettings) {
  try {
    const { data: org } = await client.rest.orgs.get({ org: settings.org });
    const missing =
      org.two_factor_requirement_enabled === undefined ? ['Organization › Administration: read'] : [];
    return {
      ok: missing.length === 0,
      message:
        missing.length === 0
          ? `Connected to ${org.login}.`
          : `Connected to ${org.login}, but organization settings are not visible.`,
      missingPermissions: missing,
    };
  } catch (error) {
    const typed = classifyGithubError(error);
    return {
      ok: false,
      message: typed.message,
      missingPermissions: typed instanceof IntegrationPermissionError ? typed.missingPermissions : [],
    };
  }
}

export const githubProvider = defineProvider<GithubCredentials, GithubSettings, GithubClient>({
  id: 'github',
  name: 'GitHub',
  description:
    'Organization security settings, branch protection (rulesets and classic), secret scanning, Dependabot and merged pull requests.',
  credentialSchema: githubCredentialSchema,
  settingsSchema: githubSettingsSchema,
  permissions: githubPermissionRequirements,
  createClient: createGithubClient,
  testConnection,
  collectors: [
    organizationCollector,
    repositoriesCollector,
    branchProtectionCollector,
    dependabotCollector,
    pullRequestsCollector,
  ],
  checks: githubChecks,
  classifyError: (error) => classifyGithubError(error),
});

export { githubEvidence } from './evidence';
export type * from './evidence';
export type { GithubClient } from './client';
export type { GithubCredentials } from './credentials';
export type { GithubSettings } from './settings';
