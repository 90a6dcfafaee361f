import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { factorsSnapshot, fixtureNow } from '../fixtures/okta-evidence.fixture';
import { oktaUsersMfaEnrolledCheck } from './users-mfa-enrolled.check';

const factor = (factorType: string, status = 'ACTIVE') => ({
  id: `f-${factorType}`,
  factorType,
  provider: 'OKTA',
  status,
});

describe('okta.users.mfa-enrolled', () => {
  it('passes users with an active push or WebAuthn factor', () => {
    const set = evidenceSet([
      factorsSnapshot([
        { userId: '00u1', login: 'ann@acme.example', factors: [factor('push')] },
        { userId: '00u2', login: 'bo@acme.example', factors: [factor('webauthn')] },
      ]),
    ]);
    const outcome = runCheck(oktaUsersMfaEnrolledCheck, set, fixtureNow);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings).toHaveLength(2);
  });

  it('fails each user with no factor, only a security question, or a pending factor', () => {
    const set = evidenceSet([
      factorsSnapshot([
        { userId: '00u1', login: 'ann@acme.example', factors: [factor('push')] },
        { userId: '00u2', login: 'bo@acme.example', factors: [] },
        { userId: '00u3', login: 'cy@acme.example', factors: [factor('question')] },
        {
          userId: '00u4',
          login: 'di@acme.example',
          factors: [factor('token:software:totp', 'PENDING_ACTIVATION')],
        },
      ]),
    ]);
    const outcome = runCheck(oktaUsersMfaEnrolledCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.name)).toEqual([
      'bo@acme.example',
      'cy@acme.example',
      'di@acme.example',
    ]);
  });

  it('is inconclusive without factor evidence', () => {
    expect(runCheck(oktaUsersMfaEnrolledCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
