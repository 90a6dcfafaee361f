import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, passwordPolicy, passwordSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaPasswordPolicyCheck } from './password-policy.check';

describe('okta.policy.password-strength', () => {
  it('passes a policy with length 12, mixed case, a number and history 5', () => {
    expect(
      runCheck(oktaPasswordPolicyCheck, evidenceSet([passwordSnapshot([passwordPolicy()])]), fixtureNow)
        .status,
    ).toBe('PASS');
  });

  it('fails a short policy without history and names each gap', () => {
    const set = evidenceSet([
      passwordSnapshot([passwordPolicy({ minLength: 8, minUpperCase: 0, historyCount: 0 })]),
    ]);
    const outcome = runCheck(oktaPasswordPolicyCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toMatch(/minimum length 8 is below 12.*upper-case.*remembers 0/);
  });

  it('applies thresholds from settings', () => {
    const set = evidenceSet([passwordSnapshot([passwordPolicy({ minLength: 14 })])]);
    expect(runCheck(oktaPasswordPolicyCheck, set, fixtureNow, { passwordMinLength: 16 }).status).toBe('FAIL');
    expect(runCheck(oktaPasswordPolicyCheck, set, fixtureNow, { passwordRequireSymbol: true }).status).toBe(
      'FAIL',
    );
  });

  it('is inconclusive without password policy evidence', () => {
    expect(runCheck(oktaPasswordPolicyCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
