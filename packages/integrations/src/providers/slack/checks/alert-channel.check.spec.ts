import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { alertChannelSnapshot, fixtureNow } from '../fixtures/slack-evidence.fixture';
import { slackAlertChannelCheck } from './alert-channel.check';

const channel = { id: 'C1', name: 'security-alerts', isArchived: false, isPrivate: false, botIsMember: true };

describe('slack.channels.alert-channel-ready', () => {
  it('passes when the channel exists and the bot is a member', () => {
    const outcome = runCheck(
      slackAlertChannelCheck,
      evidenceSet([alertChannelSnapshot('security-alerts', channel)]),
      fixtureNow,
    );
    expect(outcome.status).toBe('PASS');
  });

  it('fails when the bot is not a member, the channel is archived, missing, or none is configured', () => {
    const reasons = [
      alertChannelSnapshot('security-alerts', { ...channel, botIsMember: false }),
      alertChannelSnapshot('security-alerts', { ...channel, isArchived: true }),
      alertChannelSnapshot('security-alerts', null),
      alertChannelSnapshot(null, null),
    ].map((snapshot) => runCheck(slackAlertChannelCheck, evidenceSet([snapshot]), fixtureNow).findings[0]);
    expect(reasons.map((f) => f?.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL']);
    expect(reasons.map((f) => f?.reason)).toEqual([
      'The bot is not a member of #security-alerts, so alerts cannot be posted (not_in_channel)',
      'Alert channel #security-alerts is archived',
      'Alert channel #security-alerts does not exist or is not visible to the bot',
      'No alert channel is configured for the Slack integration',
    ]);
  });

  it('is inconclusive without channel evidence', () => {
    expect(runCheck(slackAlertChannelCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
