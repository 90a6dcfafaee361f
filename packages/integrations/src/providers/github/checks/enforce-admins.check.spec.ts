import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { classic, onlyBranch, unprotectedBranch } from '../fixtures/branch-variants.fixture';
import { compliantBranches, evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { enforceAdminsCheck } from './enforce-admins.check';

describe('github.repo.enforce-admins', () => {
  it('passes when rulesets have no bypass actors and classic protection enforces admins', () => {
    expect(runCheck(enforceAdminsCheck, evidenceSet([githubSnapshots.branches()]), now).status).toBe('PASS');
  });

  it('fails when a ruleset lets the admin role bypass', () => {
    const api = compliantBranches.branches[0]!;
    const branch = {
      ...api,
      rulesets: [
        {
          ...api.rulesets[0]!,
          bypassActors: [{ actorType: 'RepositoryRole', actorId: 5, bypassMode: 'always' }],
        },
      ],
    };
    const outcome = runCheck(
      enforceAdminsCheck,
      evidenceSet([githubSnapshots.branches(onlyBranch(branch))]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toBe(
      'acme-corp/api@main: ruleset "main protection" lets RepositoryRole 5 bypass.',
    );
  });

  it('fails when classic protection exempts administrators', () => {
    const branch = { ...unprotectedBranch, classic: classic({ enforceAdmins: false }) };
    expect(
      runCheck(enforceAdminsCheck, evidenceSet([githubSnapshots.branches(onlyBranch(branch))]), now).status,
    ).toBe('FAIL');
  });

  it('is inconclusive without branch protection evidence', () => {
    expect(runCheck(enforceAdminsCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
