import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { branchProtectionEnabledCheck } from './branch-protection-enabled.check';

describe('github.repo.branch-protection-enabled', () => {
  it('passes for a ruleset-only branch whose classic endpoint answered 404, and for classic protection', () => {
    const outcome = runCheck(branchProtectionEnabledCheck, evidenceSet([githubSnapshots.branches()]), now);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.reason)).toEqual([
      'acme-corp/api@main is protected by rulesets (main protection).',
      'acme-corp/web@main is protected by classic branch protection.',
    ]);
  });

  it('fails a branch with neither rulesets nor classic protection', () => {
    const outcome = runCheck(
      branchProtectionEnabledCheck,
      evidenceSet([githubSnapshots.branches(onlyBranch(unprotectedBranch))]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.resource).toEqual({ type: 'github-repository', id: 'acme-corp/scratch' });
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(
      runCheck(branchProtectionEnabledCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('INCONCLUSIVE');
  });
});
