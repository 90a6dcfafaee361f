import type { CheckContext } from '../../../core/check';
import type { Finding } from '../../../core/finding';
import { githubEvidence, type GithubBranchProtections } from '../evidence';
import { type EffectiveProtection, effectiveProtection, repositoryResource } from './effective-protection';

/** One finding per repository's default branch, from its effective (rulesets + classic) protection. */
export function evaluateDefaultBranches(
  { evidence, finding }: CheckContext,
  judge: (protection: EffectiveProtection, where: string) => { passed: boolean; reason: string },
): Finding[] {
  const branches =
    evidence.get<GithubBranchProtections>(githubEvidence.branchProtection)?.content.branches ?? [];
  return branches.map((branch) => {
    const where = `${branch.repository}@${branch.branch}`;
    const { passed, reason } = judge(effectiveProtection(branch), where);
    return finding(repositoryResource(branch.repository), passed, reason);
  });
}

export const branchEvidence = [githubEvidence.branchProtection];
