import { defineCollector } from '../../../core/collector';
import type { GithubClient } from '../client';
import {
  type GithubBranchProtections,
  type GithubBranchRule,
  type GithubClassicProtection,
  type GithubDefaultBranchProtection,
  githubEvidence,
  type GithubRulesetSummary,
} from '../evidence';
import { githubPermissions } from '../permissions';
import type { GithubSettings } from '../settings';
import { mapWithConcurrency, repositoryConcurrency } from './concurrency';
import { isNotFound, listTargetRepositories, type TargetRepository } from './target-repositories';

/** The part of a detailed branch rule the checks read; parameters differ by rule type. */
interface DetailedRule {
  type: string;
  ruleset_id?: number;
  parameters?: {
    required_approving_review_count?: number;
    dismiss_stale_reviews_on_push?: boolean;
    required_status_checks?: { context: string }[];
  };
}

function toBranchRule(rule: DetailedRule): GithubBranchRule {
  const reduced: GithubBranchRule = { type: rule.type, rulesetId: rule.ruleset_id ?? null };
  const p = rule.parameters;
  if (rule.type === 'pull_request' && p) {
    reduced.requiredApprovingReviewCount = p.required_approving_review_count ?? 0;
    reduced.dismissStaleReviewsOnPush = p.dismiss_stale_reviews_on_push ?? false;
  }
  if (rule.type === 'required_status_checks' && p) {
    reduced.requiredStatusChecks = (p.required_status_checks ?? []).map((c) => c.context).sort();
  }
  return reduced;
}

async function classicProtection(
  client: GithubClient,
  repo: TargetRepository,
  branch: string,
): Promise<GithubClassicProtection | null> {
  try {
    const { data } = await client.rest.repos.getBranchProtection({
      owner: repo.owner,
      repo: repo.name,
      branch,
    });
    const checks = data.required_status_checks;
    return {
      requiredApprovingReviewCount: data.required_pull_request_reviews
        ? (data.required_pull_request_reviews.required_approving_review_count ?? 0)
        : null,
      dismissStaleReviews: data.required_pull_request_reviews?.dismiss_stale_reviews ?? false,
      requiredStatusChecks: checks
        ? [...new Set([...(checks.contexts ?? []), ...(checks.checks ?? []).map((c) => c.context)])].sort()
        : null,
      allowForcePushes: data.allow_force_pushes?.enabled ?? false,
      enforceAdmins: data.enforce_admins?.enabled ?? false,
    };
  } catch (error) {
    // 404 "Branch not protected": no classic protection; rulesets may still cover the branch.
    if (isNotFound(error)) {
      return null;
    }
    throw error;
  }
}

async function rulesetSummary(
  client: GithubClient,
  repo: TargetRepository,
  rulesetId: number,
): Promise<GithubRulesetSummary> {
  const { data } = await client.rest.repos.getRepoRuleset({
    owner: repo.owner,
    repo: repo.name,
    ruleset_id: rulesetId,
    includes_parents: true,
  });
  return {
    id: data.id,
    name: data.name,
    source: `${data.source_type ?? 'Repository'}:${data.source}`,
    enforcement: data.enforcement,
    bypassActors: (data.bypass_actors ?? [])
      .map((a) => ({
        actorType: a.actor_type,
        actorId: a.actor_id ?? null,
        bypassMode: a.bypass_mode ?? 'always',
      }))
      .sort((a, b) => `${a.actorType}:${a.actorId}`.localeCompare(`${b.actorType}:${b.actorId}`)),
  };
}

async function describeDefaultBranch(
  client: GithubClient,
  target: TargetRepository,
): Promise<GithubDefaultBranchProtection> {
  const { data: repo } = await client.rest.repos.get({ owner: target.owner, repo: target.name });
  const branch = repo.default_branch;
  // Rulesets first: they are GitHub's current mechanism and can apply from the organization level.
  const detailed = (await client.paginate(client.rest.repos.getBranchRules, {
    owner: target.owner,
    repo: target.name,
    branch,
    per_page: 100,
  })) as DetailedRule[];
  const rules = detailed
    .map(toBranchRule)
    .sort((a, b) => `${a.type}:${a.rulesetId}`.localeCompare(`${b.type}:${b.rulesetId}`));
  const rulesetIds = [
    ...new Set(rules.map((r) => r.rulesetId).filter((id): id is number => id !== null)),
  ].sort((a, b) => a - b);
  const [rulesets, classic] = await Promise.all([
    Promise.all(rulesetIds.map((id) => rulesetSummary(client, target, id))),
    classicProtection(client, target, branch),
  ]);
  return { repository: target.fullName, branch, rules, rulesets, classic };
}

/**
 * GET /repos/{o}/{r}; GET /repos/{o}/{r}/rules/branches/{b}; GET /repos/{o}/{r}/rulesets/{id};
 * GET /repos/{o}/{r}/branches/{b}/protection (404 when not protected classically).
 */
export const branchProtectionCollector = defineCollector<GithubClient, GithubSettings>({
  id: 'branch-protection',
  produces: [githubEvidence.branchProtection],
  permissions: [githubPermissions.administration, githubPermissions.contents, githubPermissions.metadata],
  async collect(client, { now, settings }) {
    const targets = await listTargetRepositories(client, settings);
    const branches = await mapWithConcurrency(targets, repositoryConcurrency, (target) =>
      describeDefaultBranch(client, target),
    );
    const content: GithubBranchProtections = { org: settings.org, branches };
    return [{ kind: githubEvidence.branchProtection, collectedAt: now().toISOString(), content }];
  },
});
