import type { ConversationsListResponse, WebClient } from '@slack/web-api';
import { defineCollector } from '../../../core/collector';
import { slackEvidence, type SlackAlertChannelEvidence } from '../evidence';
import type { SlackSettings } from '../settings';

/**
 * The alert channel (settings.alertChannel, a name or an id) and whether the bot can post there.
 * API calls: auth.test (no scope), conversations.list paged by next_cursor (channels:read; groups:read to also find
 * private channels the bot was invited to), conversations.info (channels:read).
 */
export const slackAlertChannelCollector = defineCollector<WebClient, SlackSettings>({
  id: 'alert-channel',
  produces: [slackEvidence.alertChannel],
  permissions: ['channels:read', 'groups:read'],
  collect: async (client, { now, settings }) => {
    const identity = await client.auth.test();
    const teamId = identity.team_id ?? 'unknown';
    const wanted = settings.alertChannel?.replace(/^#/, '') ?? null;
    let channel: SlackAlertChannelEvidence['channel'] = null;
    if (wanted) {
      const id = await findChannelId(client, wanted);
      if (id) {
        const info = (await client.conversations.info({ channel: id })).channel;
        channel = {
          id,
          name: info?.name ?? wanted,
          isArchived: info?.is_archived === true,
          isPrivate: info?.is_private === true,
          botIsMember: info?.is_member === true,
        };
      }
    }
    const content: SlackAlertChannelEvidence = { teamId, configured: wanted, channel };
    return [{ kind: slackEvidence.alertChannel, collectedAt: now().toISOString(), content }];
  },
});

async function findChannelId(client: WebClient, wanted: string): Promise<string | undefined> {
  const options = { limit: 200, exclude_archived: false, types: 'public_channel,private_channel' };
  for await (const page of client.paginate('conversations.list', options)) {
    // paginate() yields the generic result type; conversations.list pages are ConversationsListResponse.
    const match = ((page as ConversationsListResponse).channels ?? []).find(
      (c) => c.id === wanted || c.name === wanted,
    );
    if (match?.id) {
      return match.id;
    }
  }
  return undefined;
}
