import type { components } from '@octokit/openapi-types';
import { simpleUser } from './github-resources';
import type { GithubScenario, GithubScenarioRepository } from './github-scenario';

type Schemas = components['schemas'];
type Ruleset = GithubScenarioRepository['rulesets'][number];
type Alert = GithubScenarioRepository['alerts'][number];
type Classic = NonNullable<GithubScenarioRepository['classicProtection']>;

/** A ruleset applies to the default branch when it is active and one of its includes names it. */
export function rulesetCoversBranch(
  ruleset: Ruleset,
  repo: GithubScenarioRepository,
  branch: string,
): boolean {
  return (
    ruleset.enforcement === 'active' &&
    ruleset.include.some(
      (ref) =>
        ref === '~ALL' ||
        (ref === '~DEFAULT_BRANCH' && branch === repo.defaultBranch) ||
        ref === `refs/heads/${branch}`,
    )
  );
}

export function repositoryRuleset(
  api: string,
  data: GithubScenario,
  repo: GithubScenarioRepository,
  ruleset: Ruleset,
): Schemas['repository-ruleset'] {
  const fullName = `${data.org.login}/${repo.name}`;
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: 'branch',
    source_type: 'Repository',
    source: fullName,
    enforcement: ruleset.enforcement,
    bypass_actors: ruleset.bypassActors,
    current_user_can_bypass: 'never',
    node_id: Buffer.from(`RRS:${ruleset.id}`).toString('base64url'),
    _links: {
      self: { href: `${api}/repos/${fullName}/rulesets/${ruleset.id}` },
      html: { href: `https://github.com/${fullName}/rules/${ruleset.id}` },
    },
    conditions: { ref_name: { include: ruleset.include, exclude: [] } },
    rules: ruleset.rules,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
  };
}

/** GET /repos/{o}/{r}/rules/branches/{b}: every rule of every active ruleset covering the branch, with its source. */
export function branchRules(
  data: GithubScenario,
  repo: GithubScenarioRepository,
  branch: string,
): Schemas['repository-rule-detailed'][] {
  return repo.rulesets
    .filter((ruleset) => rulesetCoversBranch(ruleset, repo, branch))
    .flatMap((ruleset) =>
      ruleset.rules.map((rule): Schemas['repository-rule-detailed'] => ({
        ...rule,
        ruleset_source_type: 'Repository',
        ruleset_source: `${data.org.login}/${repo.name}`,
        ruleset_id: ruleset.id,
      })),
    );
}

export function branchProtection(
  api: string,
  data: GithubScenario,
  repo: GithubScenarioRepository,
  branch: string,
  classic: Classic,
): Schemas['branch-protection'] {
  const url = `${api}/repos/${data.org.login}/${repo.name}/branches/${branch}/protection`;
  const checks = classic.requiredStatusChecks;
  return {
    url,
    required_status_checks: checks
      ? {
          url: `${url}/required_status_checks`,
          strict: true,
          contexts: checks,
          contexts_url: `${url}/required_status_checks/contexts`,
          checks: checks.map((context) => ({ context, app_id: null })),
        }
      : undefined,
    required_pull_request_reviews:
      classic.requiredApprovingReviewCount === null
        ? undefined
        : {
            url: `${url}/required_pull_request_reviews`,
            dismiss_stale_reviews: classic.dismissStaleReviews,
            require_code_owner_reviews: false,
            required_approving_review_count: classic.requiredApprovingReviewCount,
            require_last_push_approval: false,
          },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: classic.enforceAdmins },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: classic.allowForcePushes },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  };
}

export function dependabotAlert(
  api: string,
  data: GithubScenario,
  repo: GithubScenarioRepository,
  alert: Alert,
): Schemas['dependabot-alert'] {
  const fullName = `${data.org.login}/${repo.name}`;
  const pkg = { ecosystem: alert.ecosystem, name: alert.packageName };
  const vulnerability = {
    package: pkg,
    severity: alert.severity,
    vulnerable_version_range: alert.vulnerableRange,
    first_patched_version: alert.patchedVersion ? { identifier: alert.patchedVersion } : null,
  };
  return {
    number: alert.number,
    state: alert.state,
    dependency: { package: pkg, manifest_path: alert.manifestPath, scope: 'runtime', relationship: 'direct' },
    security_advisory: {
      ghsa_id: alert.ghsaId,
      cve_id: alert.cveId,
      summary: alert.summary,
      description: alert.summary,
      vulnerabilities: [vulnerability],
      severity: alert.severity,
      cvss: { vector_string: null, score: 0 },
      cwes: [],
      identifiers: [
        { type: 'GHSA', value: alert.ghsaId },
        ...(alert.cveId ? [{ type: 'CVE' as const, value: alert.cveId }] : []),
      ],
      references: [{ url: `https://github.com/advisories/${alert.ghsaId}` }],
      published_at: alert.createdAt,
      updated_at: alert.createdAt,
      withdrawn_at: null,
    },
    security_vulnerability: vulnerability,
    url: `${api}/repos/${fullName}/dependabot/alerts/${alert.number}`,
    html_url: `https://github.com/${fullName}/security/dependabot/${alert.number}`,
    created_at: alert.createdAt,
    updated_at: alert.createdAt,
    dismissed_at: null,
    dismissed_by: null,
    dismissed_reason: null,
    dismissed_comment: null,
    fixed_at: null,
    auto_dismissed_at: null,
  };
}

export { simpleUser };
