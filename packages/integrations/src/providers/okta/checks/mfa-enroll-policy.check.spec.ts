import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, mfaEnrollSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaMfaEnrollPolicyCheck } from './mfa-enroll-policy.check';

const policy = (authenticators: { key: string; enroll: string }[], status = 'ACTIVE') => ({
  id: '00p1mfa',
  name: 'Default Policy',
  status,
  priority: 1,
  system: true,
  authenticators,
});

describe('okta.policy.mfa-required', () => {
  it('passes when an active enrollment policy requires Okta Verify', () => {
    const set = evidenceSet([
      mfaEnrollSnapshot([
        policy([
          { key: 'okta_password', enroll: 'REQUIRED' },
          { key: 'okta_verify', enroll: 'REQUIRED' },
        ]),
      ]),
    ]);
    expect(runCheck(oktaMfaEnrollPolicyCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('fails a policy where only password and email are required', () => {
    const set = evidenceSet([
      mfaEnrollSnapshot([
        policy([
          { key: 'okta_password', enroll: 'REQUIRED' },
          { key: 'okta_email', enroll: 'REQUIRED' },
          { key: 'okta_verify', enroll: 'OPTIONAL' },
        ]),
      ]),
    ]);
    const outcome = runCheck(oktaMfaEnrollPolicyCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toMatch(/requires no second factor/);
  });

  it('ignores inactive policies', () => {
    const set = evidenceSet([mfaEnrollSnapshot([policy([], 'INACTIVE')])]);
    expect(runCheck(oktaMfaEnrollPolicyCheck, set, fixtureNow).status).toBe('NOT_APPLICABLE');
  });

  it('is inconclusive without policy evidence', () => {
    expect(runCheck(oktaMfaEnrollPolicyCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
