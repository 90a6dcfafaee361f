import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { compliantMembers, evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { membersTwoFactorCheck } from './members-two-factor.check';

describe('github.org.members-two-factor', () => {
  it('passes with one finding per member when all have 2FA', () => {
    const outcome = runCheck(membersTwoFactorCheck, evidenceSet([githubSnapshots.members()]), now);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['ada-acme', 'grace-acme']);
  });

  it('fails only the members without 2FA', () => {
    const members = {
      ...compliantMembers,
      members: [
        compliantMembers.members[0]!,
        { login: 'mallory', id: 9, twoFactorEnabled: false, email: null },
      ],
    };
    const outcome = runCheck(membersTwoFactorCheck, evidenceSet([githubSnapshots.members(members)]), now);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings.filter((f) => f.status === 'FAIL').map((f) => f.reason)).toEqual([
      'mallory has not enabled 2FA.',
    ]);
  });

  it('is inconclusive without the member list', () => {
    expect(runCheck(membersTwoFactorCheck, evidenceSet([githubSnapshots.orgSettings()]), now).status).toBe(
      'INCONCLUSIVE',
    );
  });
});
