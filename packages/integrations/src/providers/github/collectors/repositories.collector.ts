import { defineCollector } from '../../../core/collector';
import type { GithubClient } from '../client';
import { githubEvidence, type GithubRepositories, type GithubRepository } from '../evidence';
import { githubPermissions } from '../permissions';
import type { GithubSettings } from '../settings';
import { mapWithConcurrency, repositoryConcurrency } from './concurrency';
import { isNotFound, listTargetRepositories, type TargetRepository } from './target-repositories';

/** GitHub answers 204 when Dependabot alerts are enabled and 404 when they are not. */
async function dependabotAlertsEnabled(client: GithubClient, repo: TargetRepository): Promise<boolean> {
  try {
    await client.rest.repos.checkVulnerabilityAlerts({ owner: repo.owner, repo: repo.name });
    return true;
  } catch (error) {
    if (isNotFound(error)) {
      return false;
    }
    throw error;
  }
}

async function describeRepository(client: GithubClient, target: TargetRepository): Promise<GithubRepository> {
  const [{ data: repo }, alertsEnabled] = await Promise.all([
    client.rest.repos.get({ owner: target.owner, repo: target.name }),
    dependabotAlertsEnabled(client, target),
  ]);
  const security = repo.security_and_analysis;
  return {
    fullName: repo.full_name,
    visibility: repo.visibility ?? (repo.private ? 'private' : 'public'),
    defaultBranch: repo.default_branch,
    secretScanning: security?.secret_scanning?.status ?? null,
    secretScanningPushProtection: security?.secret_scanning_push_protection?.status ?? null,
    dependabotAlertsEnabled: alertsEnabled,
  };
}

/** GET /orgs/{org}/repos; GET /repos/{o}/{r} (security_and_analysis); GET /repos/{o}/{r}/vulnerability-alerts. */
export const repositoriesCollector = defineCollector<GithubClient, GithubSettings>({
  id: 'repositories',
  produces: [githubEvidence.repositories],
  permissions: [
    githubPermissions.metadata,
    githubPermissions.administration,
    githubPermissions.secretScanning,
  ],
  async collect(client, { now, settings }) {
    const targets = await listTargetRepositories(client, settings);
    const repositories = await mapWithConcurrency(targets, repositoryConcurrency, (target) =>
      describeRepository(client, target),
    );
    const content: GithubRepositories = { org: settings.org, repositories };
    return [{ kind: githubEvidence.repositories, collectedAt: now().toISOString(), content }];
  },
});
