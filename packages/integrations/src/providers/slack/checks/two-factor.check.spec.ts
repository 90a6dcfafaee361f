import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, twoFactorSnapshot } from '../fixtures/slack-evidence.fixture';
import { slackTwoFactorCheck } from './two-factor.check';

describe('slack.users.two-factor', () => {
  it('passes when every member has 2FA', () => {
    const set = evidenceSet([
      twoFactorSnapshot([
        { id: 'U1', name: 'ann', email: 'ann@acme.example', has2fa: true, twoFactorType: 'app' },
      ]),
    ]);
    expect(runCheck(slackTwoFactorCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('fails each member without 2FA, by email', () => {
    const set = evidenceSet([
      twoFactorSnapshot([
        { id: 'U1', name: 'ann', email: 'ann@acme.example', has2fa: true, twoFactorType: 'app' },
        { id: 'U2', name: 'bo', email: 'bo@acme.example', has2fa: false, twoFactorType: null },
      ]),
    ]);
    const outcome = runCheck(slackTwoFactorCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[1]).toMatchObject({
      status: 'FAIL',
      reason: 'bo@acme.example has not enabled two-factor authentication',
    });
  });

  it('is inconclusive when the token could not see 2FA status (no evidence)', () => {
    expect(runCheck(slackTwoFactorCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
