/**
 * Approvals are dismissed when new commits are pushed, so what merges is what was reviewed.
 * Criteria: CC8.1. Evidence: github.repos.branch-protection (`dismiss_stale_reviews_on_push` or classic
 * `dismiss_stale_reviews`). Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const staleApprovalsDismissedCheck = defineCheck({
  id: 'github.repo.stale-approvals-dismissed',
  provider: 'github',
  title: 'Stale approvals are dismissed on new pushes',
  severity: 'medium',
  controls: ['KSM-CHG-01'],
  criteria: [{ id: 'CC8.1', rationale: 'The approved change is the one that is merged, not a later edit.' }],
  evidence: branchEvidence,
  remediation:
    'In the default branch ruleset enable "Dismiss stale pull request approvals when new commits are pushed".',
  evaluate: (ctx) =>
    evaluateDefaultBranches(ctx, (p, where) => ({
      passed: p.dismissesStaleApprovals,
      reason: p.dismissesStaleApprovals
        ? `${where} dismisses approvals when new commits are pushed.`
        : `${where} keeps approvals after new commits are pushed.`,
    })),
});
