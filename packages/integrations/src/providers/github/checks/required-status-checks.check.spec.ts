import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { classic, onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { requiredStatusChecksCheck } from './required-status-checks.check';

describe('github.repo.required-status-checks', () => {
  it('passes when a ruleset or classic protection requires checks', () => {
    expect(runCheck(requiredStatusChecksCheck, evidenceSet([githubSnapshots.branches()]), now).status).toBe(
      'PASS',
    );
  });

  it('fails when no status check is required', () => {
    const branch = { ...unprotectedBranch, classic: classic({ requiredStatusChecks: null }) };
    const outcome = runCheck(
      requiredStatusChecksCheck,
      evidenceSet([githubSnapshots.branches(onlyBranch(branch))]),
      now,
    );
    expect(outcome.findings[0]?.reason).toBe(
      'acme-corp/scratch@main does not require any status check to pass.',
    );
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(runCheck(requiredStatusChecksCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
