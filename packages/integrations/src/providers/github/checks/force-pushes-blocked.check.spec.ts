import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { classic, onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { forcePushesBlockedCheck } from './force-pushes-blocked.check';

describe('github.repo.force-pushes-blocked', () => {
  it('passes with a non_fast_forward rule or classic protection without force pushes', () => {
    expect(runCheck(forcePushesBlockedCheck, evidenceSet([githubSnapshots.branches()]), now).status).toBe(
      'PASS',
    );
  });

  it('fails when classic protection allows force pushes', () => {
    const branch = { ...unprotectedBranch, classic: classic({ allowForcePushes: true }) };
    expect(
      runCheck(forcePushesBlockedCheck, evidenceSet([githubSnapshots.branches(onlyBranch(branch))]), now)
        .status,
    ).toBe('FAIL');
  });

  it('fails an unprotected branch', () => {
    expect(
      runCheck(
        forcePushesBlockedCheck,
        evidenceSet([githubSnapshots.branches(onlyBranch(unprotectedBranch))]),
        now,
      ).status,
    ).toBe('FAIL');
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(runCheck(forcePushesBlockedCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
