import { defineCollector } from '../../../core/collector';
import type { GithubClient } from '../client';
import { type GithubDependabotAlert, type GithubDependabotAlerts, githubEvidence } from '../evidence';
import { githubPermissions } from '../permissions';
import type { GithubSettings } from '../settings';
import { mapWithConcurrency, repositoryConcurrency } from './concurrency';
import { isNotFound, listTargetRepositories, type TargetRepository } from './target-repositories';

async function alertsEnabled(client: GithubClient, repo: TargetRepository): Promise<boolean> {
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

async function openAlerts(client: GithubClient, repo: TargetRepository): Promise<GithubDependabotAlert[]> {
  const alerts = await client.paginate(client.rest.dependabot.listAlertsForRepo, {
    owner: repo.owner,
    repo: repo.name,
    state: 'open',
    per_page: 100,
  });
  return alerts
    .map((alert) => ({
      number: alert.number,
      severity: alert.security_advisory.severity,
      packageName: alert.dependency.package?.name ?? 'unknown',
      advisoryId: alert.security_advisory.ghsa_id,
      createdAt: alert.created_at,
      url: alert.html_url,
    }))
    .sort((a, b) => a.number - b.number);
}

/** GET /repos/{o}/{r}/vulnerability-alerts (204/404); GET /repos/{o}/{r}/dependabot/alerts?state=open. */
export const dependabotCollector = defineCollector<GithubClient, GithubSettings>({
  id: 'dependabot',
  produces: [githubEvidence.dependabotAlerts],
  permissions: [githubPermissions.dependabot, githubPermissions.administration],
  async collect(client, { now, settings }) {
    const targets = await listTargetRepositories(client, settings);
    const scanned = await mapWithConcurrency(targets, repositoryConcurrency, async (target) =>
      (await alertsEnabled(client, target))
        ? { repository: target.fullName, openAlerts: await openAlerts(client, target) }
        : null,
    );
    const content: GithubDependabotAlerts = {
      org: settings.org,
      repositories: scanned.filter((r): r is NonNullable<typeof r> => r !== null),
    };
    return [{ kind: githubEvidence.dependabotAlerts, collectedAt: now().toISOString(), content }];
  },
});
