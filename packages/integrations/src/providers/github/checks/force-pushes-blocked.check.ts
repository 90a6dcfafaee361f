/**
 * Force pushes to the default branch are blocked, so reviewed history cannot be rewritten.
 * Criteria: CC8.1. Evidence: github.repos.branch-protection (`non_fast_forward` rule or classic
 * `allow_force_pushes.enabled = false`). Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const forcePushesBlockedCheck = defineCheck({
  id: 'github.repo.force-pushes-blocked',
  provider: 'github',
  title: 'Force pushes to the default branch are blocked',
  severity: 'high',
  controls: ['KSM-CHG-01'],
  criteria: [
    { id: 'CC8.1', rationale: 'The record of approved changes cannot be rewritten after the fact.' },
  ],
  evidence: branchEvidence,
  remediation:
    'In the default branch ruleset enable "Block force pushes" (or untick "Allow force pushes" in classic protection).',
  evaluate: (ctx) =>
    evaluateDefaultBranches(ctx, (p, where) => ({
      passed: p.forcePushesBlocked,
      reason: p.forcePushesBlocked ? `${where} blocks force pushes.` : `${where} accepts force pushes.`,
    })),
});
