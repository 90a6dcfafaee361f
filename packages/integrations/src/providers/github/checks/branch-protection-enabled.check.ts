/**
 * The default branch of every repository is protected: rulesets are read first, classic protection second; a 404
 * "Branch not protected" from the classic endpoint is not a failure when an active ruleset covers the branch.
 * Criteria: CC8.1. Evidence: github.repos.branch-protection (GET /repos/{o}/{r}/rules/branches/{b},
 * GET /repos/{o}/{r}/branches/{b}/protection). Permission: Repository › Administration: read, Contents: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const branchProtectionEnabledCheck = defineCheck({
  id: 'github.repo.branch-protection-enabled',
  provider: 'github',
  title: 'Default branches are protected (rulesets or classic protection)',
  severity: 'high',
  controls: ['KSM-CHG-01'],
  criteria: [
    { id: 'CC8.1', rationale: 'Changes reach the default branch only through the controlled path.' },
  ],
  evidence: branchEvidence,
  remediation:
    'Repository settings → Rules → Rulesets: add an active branch ruleset targeting the default branch (or classic branch protection).',
  evaluate: (ctx) =>
    evaluateDefaultBranches(ctx, (p, where) => ({
      passed: p.protected,
      reason: p.protected
        ? `${where} is protected by ${p.sources.join(' and ')}.`
        : `${where} has no ruleset and no branch protection.`,
    })),
});
