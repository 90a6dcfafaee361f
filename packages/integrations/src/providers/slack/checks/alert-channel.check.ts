import { defineCheck } from '../../../core/check';
import { slackEvidence, type SlackAlertChannelEvidence } from '../evidence';

/**
 * The channel Kushim sends security alerts to (settings.alertChannel) exists, is not archived and has the Kushim bot
 * as a member, so alerts can be delivered. One finding for the channel (or the workspace when none is configured).
 * Criteria: CC7.2, CC7.3. Evidence: slack.channels.alert-channel (auth.test, conversations.list,
 * conversations.info). Scopes: channels:read (groups:read for a private channel); posting needs chat:write.
 */
export const slackAlertChannelCheck = defineCheck({
  id: 'slack.channels.alert-channel-ready',
  provider: 'slack',
  title: 'Slack alert channel exists and the bot can post',
  severity: 'medium',
  controls: ['KSM-MON-05'],
  criteria: [
    { id: 'CC7.2', rationale: 'Detected anomalies must reach the people who respond to them.' },
    {
      id: 'CC7.3',
      rationale: 'Alerts delivered to a monitored channel can be triaged as potential incidents.',
    },
  ],
  evidence: [slackEvidence.alertChannel],
  remediation:
    'Set the alert channel in the Slack integration settings, unarchive it if needed, and invite the bot with /invite @Kushim in that channel.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<SlackAlertChannelEvidence>(slackEvidence.alertChannel)?.content;
    if (!content) {
      return [];
    }
    if (!content.configured) {
      return [
        finding(
          { type: 'slack-workspace', id: content.teamId },
          false,
          'No alert channel is configured for the Slack integration',
        ),
      ];
    }
    const { channel } = content;
    if (!channel) {
      return [
        finding(
          { type: 'slack-channel', id: content.configured },
          false,
          `Alert channel #${content.configured} does not exist or is not visible to the bot`,
        ),
      ];
    }
    const resource = { type: 'slack-channel', id: channel.id, name: `#${channel.name}` };
    if (channel.isArchived) {
      return [finding(resource, false, `Alert channel #${channel.name} is archived`)];
    }
    return [
      finding(
        resource,
        channel.botIsMember,
        channel.botIsMember
          ? `The bot is a member of #${channel.name} and can post alerts`
          : `The bot is not a member of #${channel.name}, so alerts cannot be posted (not_in_channel)`,
      ),
    ];
  },
});
