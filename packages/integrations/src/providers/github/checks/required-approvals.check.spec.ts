import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { classic, onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { requiredApprovalsCheck } from './required-approvals.check';

describe('github.repo.required-approvals', () => {
  it('passes when rulesets or classic protection require an approval', () => {
    expect(runCheck(requiredApprovalsCheck, evidenceSet([githubSnapshots.branches()]), now).status).toBe(
      'PASS',
    );
  });

  it('fails when a pull request needs no approval', () => {
    const branch = {
      ...unprotectedBranch,
      rules: [
        {
          type: 'pull_request',
          rulesetId: 1,
          requiredApprovingReviewCount: 0,
          dismissStaleReviewsOnPush: true,
        },
      ],
    };
    const outcome = runCheck(
      requiredApprovalsCheck,
      evidenceSet([githubSnapshots.branches(onlyBranch(branch))]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toBe(
      'acme-corp/scratch@main requires 0 approving review(s); at least 1 needed.',
    );
  });

  it('reads the minimum from settings', () => {
    const branch = { ...unprotectedBranch, classic: classic({ requiredApprovingReviewCount: 1 }) };
    expect(
      runCheck(requiredApprovalsCheck, evidenceSet([githubSnapshots.branches(onlyBranch(branch))]), now, {
        minimumApprovals: 2,
      }).status,
    ).toBe('FAIL');
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(runCheck(requiredApprovalsCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
