/**
 * Merging to the default branch needs at least `minimumApprovals` (default 1) approving reviews.
 * Criteria: CC8.1, CC6.3. Evidence: github.repos.branch-protection (`pull_request` rule or classic
 * required_pull_request_reviews). Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const requiredApprovalsCheck = defineCheck({
  id: 'github.repo.required-approvals',
  provider: 'github',
  title: 'Pull requests need an approving review before merge',
  severity: 'high',
  controls: ['KSM-CHG-01'],
  criteria: [
    { id: 'CC8.1', rationale: 'A second person approves each change before it is implemented.' },
    { id: 'CC6.3', rationale: 'Separates the duties of author and approver.' },
  ],
  evidence: branchEvidence,
  remediation:
    'In the default branch ruleset enable "Require a pull request before merging" with at least 1 required approval.',
  evaluate: (ctx) => {
    const minimum = typeof ctx.settings.minimumApprovals === 'number' ? ctx.settings.minimumApprovals : 1;
    return evaluateDefaultBranches(ctx, (p, where) => ({
      passed: p.requiredApprovals >= minimum,
      reason:
        p.requiredApprovals >= minimum
          ? `${where} requires ${p.requiredApprovals} approving review(s).`
          : `${where} requires ${p.requiredApprovals} approving review(s); at least ${minimum} needed.`,
    }));
  },
});
