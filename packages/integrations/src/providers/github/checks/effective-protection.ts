import type { GithubDefaultBranchProtection } from '../evidence';

/**
 * What actually protects a default branch: the rules of active rulesets (read first) combined with classic branch
 * protection. A rule from either source counts, since GitHub enforces both layers together.
 */
export interface EffectiveProtection {
  protected: boolean;
  requiredApprovals: number;
  dismissesStaleApprovals: boolean;
  requiredStatusChecks: string[];
  forcePushesBlocked: boolean;
  /** Names of what lets admins or others skip the rules (empty when nobody can). */
  exemptions: string[];
  sources: string[];
}

export function effectiveProtection(branch: GithubDefaultBranchProtection): EffectiveProtection {
  const { rules, rulesets, classic } = branch;
  const pullRequestRules = rules.filter((r) => r.type === 'pull_request');
  const statusChecks = new Set<string>([
    ...rules.flatMap((r) => r.requiredStatusChecks ?? []),
    ...(classic?.requiredStatusChecks ?? []),
  ]);
  const exemptions = [
    ...rulesets.flatMap((rs) =>
      rs.bypassActors.map(
        (a) => `ruleset "${rs.name}" lets ${a.actorType}${a.actorId === null ? '' : ` ${a.actorId}`} bypass`,
      ),
    ),
    ...(classic && !classic.enforceAdmins ? ['classic protection does not apply to administrators'] : []),
  ];
  const sources = [
    ...(rules.length > 0 ? [`rulesets (${rulesets.map((r) => r.name).join(', ') || 'active'})`] : []),
    ...(classic ? ['classic branch protection'] : []),
  ];
  return {
    protected: rules.length > 0 || classic !== null,
    requiredApprovals: Math.max(
      0,
      ...pullRequestRules.map((r) => r.requiredApprovingReviewCount ?? 0),
      classic?.requiredApprovingReviewCount ?? 0,
    ),
    dismissesStaleApprovals:
      pullRequestRules.some((r) => r.dismissStaleReviewsOnPush === true) ||
      classic?.dismissStaleReviews === true,
    requiredStatusChecks: [...statusChecks].sort(),
    forcePushesBlocked:
      rules.some((r) => r.type === 'non_fast_forward') || (classic !== null && !classic.allowForcePushes),
    exemptions,
    sources,
  };
}

export const repositoryResource = (fullName: string) => ({ type: 'github-repository', id: fullName });
