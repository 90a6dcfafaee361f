import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, passwordPolicy, passwordSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaPasswordLockoutCheck } from './password-lockout.check';

describe('okta.policy.lockout', () => {
  it('passes when accounts lock after 10 attempts', () => {
    expect(
      runCheck(oktaPasswordLockoutCheck, evidenceSet([passwordSnapshot([passwordPolicy()])]), fixtureNow)
        .status,
    ).toBe('PASS');
  });

  it('fails when lockout is disabled or too lenient', () => {
    const set = evidenceSet([
      passwordSnapshot([
        passwordPolicy({ id: 'a', lockoutMaxAttempts: 0 }),
        passwordPolicy({ id: 'b', lockoutMaxAttempts: 25 }),
      ]),
    ]);
    const outcome = runCheck(oktaPasswordLockoutCheck, set, fixtureNow);
    expect(outcome.findings.map((f) => f.reason)).toEqual([
      'Password policy "Default Policy" never locks accounts after failed attempts',
      'Password policy "Default Policy" allows 25 failed attempts, more than 10',
    ]);
  });

  it('is inconclusive without password policy evidence', () => {
    expect(runCheck(oktaPasswordLockoutCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
