import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, superAdminsSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaSuperAdminsCheck } from './super-admins.check';

describe('okta.roles.super-admins-limited', () => {
  it('passes with three super admins (the default limit)', () => {
    const set = evidenceSet([superAdminsSnapshot(['a@x', 'b@x', 'c@x'])]);
    expect(runCheck(oktaSuperAdminsCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('fails with more super admins than the configured limit, naming them', () => {
    const set = evidenceSet([superAdminsSnapshot(['a@x', 'b@x', 'c@x'])]);
    const outcome = runCheck(oktaSuperAdminsCheck, set, fixtureNow, { superAdminLimit: 2 });
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        resource: { type: 'okta-org', id: 'acme.okta.com' },
        reason: '3 Super Administrators exceed the limit of 2: a@x, b@x, c@x',
      }),
    ]);
  });

  it('is inconclusive without role evidence', () => {
    expect(runCheck(oktaSuperAdminsCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
