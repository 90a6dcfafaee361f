import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];

/**
 * What `scenarios/<name>/github.json` holds: the organization as GitHub stores it, in a compact form the routes
 * render into full REST resources. Ruleset rules and bypass actors use GitHub's own schemas verbatim.
 */
export interface GithubScenario {
  org: {
    login: string;
    id: number;
    name: string;
    createdAt: string;
    twoFactorRequirementEnabled: boolean;
    defaultRepositoryPermission: 'read' | 'write' | 'admin' | 'none';
  };
  /** `email` is the member's public profile email; GitHub omits it when the member keeps it private. */
  members: { login: string; id: number; twoFactorEnabled: boolean; email: string | null }[];
  repositories: GithubScenarioRepository[];
}

export interface GithubScenarioRepository {
  name: string;
  id: number;
  description: string | null;
  visibility: 'public' | 'private' | 'internal';
  archived: boolean;
  defaultBranch: string;
  language: string | null;
  createdAt: string;
  pushedAt: string;
  secretScanning: 'enabled' | 'disabled';
  secretScanningPushProtection: 'enabled' | 'disabled';
  dependabotAlertsEnabled: boolean;
  rulesets: {
    id: number;
    name: string;
    enforcement: Schemas['repository-rule-enforcement'];
    bypassActors: Schemas['repository-ruleset-bypass-actor'][];
    /** fnmatch-style ref patterns; `~DEFAULT_BRANCH` as on GitHub. */
    include: string[];
    rules: Schemas['repository-rule'][];
  }[];
  classicProtection: {
    requiredApprovingReviewCount: number | null;
    dismissStaleReviews: boolean;
    requiredStatusChecks: string[] | null;
    allowForcePushes: boolean;
    enforceAdmins: boolean;
  } | null;
  alerts: {
    number: number;
    state: 'open' | 'fixed' | 'dismissed' | 'auto_dismissed';
    severity: 'low' | 'medium' | 'high' | 'critical';
    packageName: string;
    ecosystem: string;
    manifestPath: string;
    ghsaId: string;
    cveId: string | null;
    summary: string;
    vulnerableRange: string;
    patchedVersion: string | null;
    createdAt: string;
  }[];
  pulls: {
    number: number;
    title: string;
    body: string | null;
    headRef: string;
    author: string;
    state: 'open' | 'closed';
    createdAt: string;
    closedAt: string | null;
    mergedAt: string | null;
  }[];
}
