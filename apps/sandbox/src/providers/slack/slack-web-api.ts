import type { SandboxContext } from '../../core/context';
import type { Scenario } from '../../core/scenario';
import { slackPage } from './slack-pagination';
import type { SlackScenarioData } from './slack-scenario';

/** A Web API answer: Slack always uses HTTP 200 with `ok: true|false` (except 429 and outages). */
export type SlackAnswer =
  { ok: true; [field: string]: unknown } | { ok: false; error: string; [field: string]: unknown };

type Params = Record<string, unknown>;
type Method = (
  data: SlackScenarioData,
  params: Params,
  scenario: Scenario,
  context: SandboxContext,
) => SlackAnswer;

const fail = (error: string, extra: Params = {}): SlackAnswer => ({ ok: false, error, ...extra });

function findChannel(data: SlackScenarioData, ref: unknown) {
  const wanted = typeof ref === 'string' ? ref.replace(/^#/, '') : '';
  return data.channels.find((c) => c.id === wanted || c.name === wanted);
}

/** The Web API methods Kushim calls, each answering as Slack documents it. */
export const slackMethods: Record<string, Method> = {
  'auth.test': (data) => ({
    ok: true,
    url: `https://${data.team.domain ?? 'workspace'}.slack.com/`,
    team: data.team.name,
    user: data.bot.user,
    team_id: data.team.id,
    user_id: data.bot.user_id,
    bot_id: data.bot.bot_id,
    is_enterprise_install: false,
  }),
  'team.info': (data) => ({ ok: true, team: data.team }),
  'users.list': (data, params) => {
    const page = slackPage(data.members, 'user', params);
    return {
      ok: true,
      members: page.items,
      cache_ts: 1763600000,
      response_metadata: { next_cursor: page.nextCursor },
    };
  },
  'conversations.list': (data, params) => {
    const types = (typeof params.types === 'string' ? params.types : 'public_channel').split(',');
    const visible = data.channels.filter(
      (c) =>
        (c.is_private
          ? types.includes('private_channel') && c.is_member === true
          : types.includes('public_channel')) &&
        !(String(params.exclude_archived) === 'true' && c.is_archived),
    );
    const page = slackPage(visible, 'channel', params);
    return { ok: true, channels: page.items, response_metadata: { next_cursor: page.nextCursor } };
  },
  'conversations.info': (data, params) => {
    const channel = findChannel(data, params.channel);
    return channel && (!channel.is_private || channel.is_member)
      ? { ok: true, channel }
      : fail('channel_not_found');
  },
  'chat.postMessage': (data, params, scenario, context) => {
    const channel = findChannel(data, params.channel);
    if (!channel || (channel.is_private && !channel.is_member)) {
      return fail('channel_not_found');
    }
    if (channel.is_archived) {
      return fail('is_archived');
    }
    if (!channel.is_member) {
      return fail('not_in_channel');
    }
    if (!params.text && !params.blocks && !params.attachments) {
      return fail('no_text');
    }
    const recording = context.recorder.record('slack', 'chat.postMessage', scenario.name, {
      ...params,
      channel: channel.id,
    });
    const ts = `${Math.floor(Date.now() / 1000)}.${String(recording.seq).padStart(6, '0')}`;
    return {
      ok: true,
      channel: channel.id,
      ts,
      message: {
        type: 'message',
        subtype: 'bot_message',
        text: typeof params.text === 'string' ? params.text : '',
        user: data.bot.user_id,
        bot_id: data.bot.bot_id,
        app_id: data.bot.app_id,
        team: data.team.id,
        ts,
      },
    };
  },
};
