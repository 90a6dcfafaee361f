import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, membersSnapshot, slackMember } from '../fixtures/slack-evidence.fixture';
import { slackAdminsLimitedCheck } from './admins-limited.check';

const owner = slackMember({ id: 'U1', isOwner: true, isPrimaryOwner: true, isAdmin: true });
const admins = ['U2', 'U3', 'U4'].map((id) => slackMember({ id, isAdmin: true }));

describe('slack.users.admins-limited', () => {
  it('passes with three admins/owners, ignoring deactivated admins', () => {
    const set = evidenceSet([
      membersSnapshot([owner, admins[0]!, admins[1]!, { ...admins[2]!, deleted: true }]),
    ]);
    expect(runCheck(slackAdminsLimitedCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('fails with more admins than the limit, naming them', () => {
    const outcome = runCheck(
      slackAdminsLimitedCheck,
      evidenceSet([membersSnapshot([owner, ...admins])]),
      fixtureNow,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toBe(
      '4 admins/owners exceed the limit of 3: u1@acme.example (primary owner), u2@acme.example (admin), u3@acme.example (admin), u4@acme.example (admin)',
    );
    expect(
      runCheck(slackAdminsLimitedCheck, evidenceSet([membersSnapshot([owner, ...admins])]), fixtureNow, {
        adminLimit: 4,
      }).status,
    ).toBe('PASS');
  });

  it('is inconclusive without member evidence', () => {
    expect(runCheck(slackAdminsLimitedCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
