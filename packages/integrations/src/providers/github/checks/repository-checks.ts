import type { CheckContext } from '../../../core/check';
import type { Finding } from '../../../core/finding';
import { githubEvidence, type GithubRepositories, type GithubRepository } from '../evidence';
import { repositoryResource } from './effective-protection';

/** One finding per inspected repository, from the repository inventory. */
export function evaluateRepositories(
  { evidence, finding }: CheckContext,
  judge: (repo: GithubRepository) => { passed: boolean; reason: string },
): Finding[] {
  return (evidence.get<GithubRepositories>(githubEvidence.repositories)?.content.repositories ?? []).map(
    (repo) => {
      const { passed, reason } = judge(repo);
      return finding(repositoryResource(repo.fullName), passed, reason);
    },
  );
}

export const repositoryEvidence = [githubEvidence.repositories];
