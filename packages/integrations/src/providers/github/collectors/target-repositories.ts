import type { GithubClient } from '../client';
import type { GithubSettings } from '../settings';

export interface TargetRepository {
  owner: string;
  name: string;
  fullName: string;
}

/** The repositories the checks inspect: `settings.repositories`, or every non-archived repository of the org. */
export async function listTargetRepositories(
  client: GithubClient,
  settings: GithubSettings,
): Promise<TargetRepository[]> {
  const repos = await client.paginate(client.rest.repos.listForOrg, {
    org: settings.org,
    type: 'all',
    per_page: 100,
  });
  const wanted = settings.repositories ? new Set(settings.repositories) : undefined;
  return repos
    .filter((repo) => repo.archived !== true && (!wanted || wanted.has(repo.name)))
    .map((repo) => ({ owner: repo.owner.login, name: repo.name, fullName: repo.full_name }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
}

/** Octokit's RequestError carries the HTTP status; a 404 is an answer ("not protected", "disabled"), not a failure. */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}
