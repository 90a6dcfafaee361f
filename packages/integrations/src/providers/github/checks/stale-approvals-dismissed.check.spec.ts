import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { classic, onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { staleApprovalsDismissedCheck } from './stale-approvals-dismissed.check';

describe('github.repo.stale-approvals-dismissed', () => {
  it('passes when new pushes dismiss approvals', () => {
    expect(
      runCheck(staleApprovalsDismissedCheck, evidenceSet([githubSnapshots.branches()]), now).status,
    ).toBe('PASS');
  });

  it('fails when classic protection keeps stale approvals', () => {
    const branch = { ...unprotectedBranch, classic: classic({ dismissStaleReviews: false }) };
    expect(
      runCheck(staleApprovalsDismissedCheck, evidenceSet([githubSnapshots.branches(onlyBranch(branch))]), now)
        .status,
    ).toBe('FAIL');
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(runCheck(staleApprovalsDismissedCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
