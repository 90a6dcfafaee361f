import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, membersSnapshot, slackMember } from '../fixtures/slack-evidence.fixture';
import { slackGuestsReviewedCheck } from './guests-reviewed.check';

describe('slack.users.guests-reviewed', () => {
  it('passes a guest with a future expiry and an approved guest without one', () => {
    const set = evidenceSet([
      membersSnapshot([
        slackMember({ id: 'U1' }),
        slackMember({ id: 'G1', isGuest: true, guestExpiresAt: '2027-01-01T00:00:00.000Z' }),
        slackMember({ id: 'G2', isGuest: true, email: 'auditor@firm.example' }),
      ]),
    ]);
    const outcome = runCheck(slackGuestsReviewedCheck, set, fixtureNow, {
      approvedGuests: ['Auditor@firm.example'],
    });
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['G1', 'G2']);
  });

  it('fails a guest with no expiry that is not approved, and one past its expiry', () => {
    const set = evidenceSet([
      membersSnapshot([
        slackMember({ id: 'G1', isGuest: true }),
        slackMember({ id: 'G2', isGuest: true, guestExpiresAt: '2026-01-01T00:00:00.000Z' }),
      ]),
    ]);
    const outcome = runCheck(slackGuestsReviewedCheck, set, fixtureNow);
    expect(outcome.findings.map((f) => f.reason)).toEqual([
      'Guest g1@acme.example has no expiry date and is not on the approved guest list',
      'Guest g2@acme.example passed its expiry (2026-01-01) but is still active',
    ]);
  });

  it('is inconclusive without member evidence', () => {
    expect(runCheck(slackGuestsReviewedCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
