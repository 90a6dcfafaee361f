/**
 * Status checks (CI) must pass before merging to the default branch.
 * Criteria: CC8.1. Evidence: github.repos.branch-protection (`required_status_checks` rule or classic
 * required_status_checks). Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const requiredStatusChecksCheck = defineCheck({
  id: 'github.repo.required-status-checks',
  provider: 'github',
  title: 'Status checks must pass before merge',
  severity: 'medium',
  controls: ['KSM-CHG-02'],
  criteria: [{ id: 'CC8.1', rationale: 'Changes are tested before they are implemented.' }],
  evidence: branchEvidence,
  remediation:
    'In the default branch ruleset enable "Require status checks to pass" and select the CI checks.',
  evaluate: (ctx) =>
    evaluateDefaultBranches(ctx, (p, where) => ({
      passed: p.requiredStatusChecks.length > 0,
      reason:
        p.requiredStatusChecks.length > 0
          ? `${where} requires ${p.requiredStatusChecks.join(', ')} to pass.`
          : `${where} does not require any status check to pass.`,
    })),
});
