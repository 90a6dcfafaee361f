import { defineCollector } from '../../../core/collector';
import type { GithubClient } from '../client';
import { githubEvidence, type GithubMergedPullRequest, type GithubMergedPullRequests } from '../evidence';
import { githubPermissions } from '../permissions';
import { defaultMergedPullRequestLookbackDays, type GithubSettings } from '../settings';
import { mapWithConcurrency, repositoryConcurrency } from './concurrency';
import { listTargetRepositories, type TargetRepository } from './target-repositories';

const bodyLimit = 4000;

async function mergedPullRequests(client: GithubClient, target: TargetRepository, since: Date) {
  const { data: repo } = await client.rest.repos.get({ owner: target.owner, repo: target.name });
  const pulls: GithubMergedPullRequest[] = [];
  // Newest-updated first, so paging stops once pull requests are older than the lookback window.
  await client.paginate(
    client.rest.pulls.list,
    {
      owner: target.owner,
      repo: target.name,
      state: 'closed',
      base: repo.default_branch,
      sort: 'updated',
      direction: 'desc',
      per_page: 100,
    },
    (response, done) => {
      for (const pr of response.data) {
        if (new Date(pr.updated_at) < since) {
          done();
          break;
        }
        if (pr.merged_at && new Date(pr.merged_at) >= since) {
          pulls.push({
            number: pr.number,
            title: pr.title,
            headRef: pr.head.ref,
            body: (pr.body ?? '').slice(0, bodyLimit),
            author: pr.user?.login ?? 'ghost',
            mergedAt: pr.merged_at,
            url: pr.html_url,
          });
        }
      }
      return [];
    },
  );
  return {
    repository: target.fullName,
    defaultBranch: repo.default_branch,
    pullRequests: pulls.sort((a, b) => a.number - b.number),
  };
}

/** GET /repos/{o}/{r}/pulls?state=closed&base={default branch}: pull requests merged to the default branch. */
export const pullRequestsCollector = defineCollector<GithubClient, GithubSettings>({
  id: 'pull-requests',
  produces: [githubEvidence.mergedPullRequests],
  permissions: [githubPermissions.pullRequests, githubPermissions.metadata],
  async collect(client, { now, settings }) {
    const lookbackDays = settings.mergedPullRequestLookbackDays ?? defaultMergedPullRequestLookbackDays;
    // Whole UTC days, so two runs on the same day over unchanged data produce identical (deduplicated) evidence.
    const today = Math.floor(now().getTime() / 86_400_000) * 86_400_000;
    const since = new Date(today - lookbackDays * 86_400_000);
    const targets = await listTargetRepositories(client, settings);
    const repositories = await mapWithConcurrency(targets, repositoryConcurrency, (target) =>
      mergedPullRequests(client, target, since),
    );
    const content: GithubMergedPullRequests = { org: settings.org, since: since.toISOString(), repositories };
    return [{ kind: githubEvidence.mergedPullRequests, collectedAt: now().toISOString(), content }];
  },
});
