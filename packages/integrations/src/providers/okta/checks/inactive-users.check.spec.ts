import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { daysAgo, fixtureNow, oktaUser, usersSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaInactiveUsersCheck } from './inactive-users.check';

describe('okta.users.inactive-disabled', () => {
  it('passes active users who signed in recently and ignores deactivated ones', () => {
    const set = evidenceSet([
      usersSnapshot([
        oktaUser({ id: 'ann', lastLogin: daysAgo(3) }),
        oktaUser({ id: 'old', status: 'DEPROVISIONED', lastLogin: daysAgo(400) }),
      ]),
    ]);
    const outcome = runCheck(oktaInactiveUsersCheck, set, fixtureNow);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['ann']);
  });

  it('fails an active user idle for 90 days or more, and one who never signed in', () => {
    const set = evidenceSet([
      usersSnapshot([
        oktaUser({ id: 'stale', lastLogin: daysAgo(124) }),
        oktaUser({ id: 'never', lastLogin: null, activated: daysAgo(200) }),
        oktaUser({ id: 'edge', lastLogin: daysAgo(89) }),
      ]),
    ]);
    const outcome = runCheck(oktaInactiveUsersCheck, set, fixtureNow);
    expect(outcome.findings.map((f) => [f.resource.id, f.status])).toEqual([
      ['stale', 'FAIL'],
      ['never', 'FAIL'],
      ['edge', 'PASS'],
    ]);
    expect(outcome.findings[0]?.reason).toBe(
      'stale@acme.example is ACTIVE but last signed in 124 days ago (limit 90)',
    );
  });

  it('uses settings.inactiveUserDays', () => {
    const set = evidenceSet([usersSnapshot([oktaUser({ id: 'ann', lastLogin: daysAgo(40) })])]);
    expect(runCheck(oktaInactiveUsersCheck, set, fixtureNow, { inactiveUserDays: 30 }).status).toBe('FAIL');
  });

  it('is inconclusive without the user directory', () => {
    expect(runCheck(oktaInactiveUsersCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
