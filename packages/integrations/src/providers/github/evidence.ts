/** Evidence kinds the GitHub collectors produce, and their content (plain JSON, lists sorted by id). */
export const githubEvidence = {
  orgSettings: 'github.org.settings',
  orgMembers: 'github.org.members',
  repositories: 'github.repos.inventory',
  branchProtection: 'github.repos.branch-protection',
  dependabotAlerts: 'github.dependabot.open-alerts',
  mergedPullRequests: 'github.pulls.merged',
} as const;

export interface GithubOrgSettings {
  login: string;
  /** null when the token cannot see it (needs Administration: read as an organization owner). */
  twoFactorRequirementEnabled: boolean | null;
  /** read | write | admin | none, or null when not visible. */
  defaultRepositoryPermission: string | null;
}

export interface GithubOrgMember {
  login: string;
  id: number;
  twoFactorEnabled: boolean;
  /** Public profile email when GitHub returns one (used to match people across providers). */
  email: string | null;
}

export interface GithubOrgMembers {
  org: string;
  members: GithubOrgMember[];
}

export interface GithubRepository {
  /** `owner/name` */
  fullName: string;
  visibility: string;
  defaultBranch: string;
  /** `enabled` / `disabled`, null when GitHub does not report it (no Advanced Security visibility). */
  secretScanning: string | null;
  secretScanningPushProtection: string | null;
  dependabotAlertsEnabled: boolean;
}

export interface GithubRepositories {
  org: string;
  repositories: GithubRepository[];
}

/** A rule from `GET /repos/{o}/{r}/rules/branches/{b}` (active rulesets only), reduced to what the checks read. */
export interface GithubBranchRule {
  type: string;
  rulesetId: number | null;
  requiredApprovingReviewCount?: number;
  dismissStaleReviewsOnPush?: boolean;
  requiredStatusChecks?: string[];
}

export interface GithubRulesetSummary {
  id: number;
  name: string;
  source: string;
  enforcement: string;
  bypassActors: { actorType: string; actorId: number | null; bypassMode: string }[];
}

/** Classic branch protection (`GET …/branches/{b}/protection`), or null when GitHub answers 404 "Branch not protected". */
export interface GithubClassicProtection {
  /** null when pull request reviews are not required. */
  requiredApprovingReviewCount: number | null;
  dismissStaleReviews: boolean;
  /** null when status checks are not required. */
  requiredStatusChecks: string[] | null;
  allowForcePushes: boolean;
  enforceAdmins: boolean;
}

export interface GithubDefaultBranchProtection {
  repository: string;
  branch: string;
  rules: GithubBranchRule[];
  rulesets: GithubRulesetSummary[];
  classic: GithubClassicProtection | null;
}

export interface GithubBranchProtections {
  org: string;
  branches: GithubDefaultBranchProtection[];
}

export interface GithubDependabotAlert {
  number: number;
  severity: string;
  packageName: string;
  advisoryId: string;
  createdAt: string;
  url: string;
}

export interface GithubDependabotAlerts {
  org: string;
  /** Repositories whose alerts were read (Dependabot alerts enabled), each with its open alerts. */
  repositories: { repository: string; openAlerts: GithubDependabotAlert[] }[];
}

export interface GithubMergedPullRequest {
  number: number;
  title: string;
  headRef: string;
  /** The description, trimmed to its first 4,000 characters (ticket keys live at the top). */
  body: string;
  author: string;
  mergedAt: string;
  url: string;
}

export interface GithubMergedPullRequests {
  org: string;
  since: string;
  repositories: { repository: string; defaultBranch: string; pullRequests: GithubMergedPullRequest[] }[];
}
