import type {
  AuthTestResponse,
  ConversationsListResponse,
  TeamInfoResponse,
  UsersListResponse,
} from '@slack/web-api';

type Member = NonNullable<UsersListResponse['members']>[number];
type Channel = NonNullable<ConversationsListResponse['channels']>[number];

/** Slack data of one scenario (scenarios/<name>/slack.json), typed with @slack/web-api's response types. */
export interface SlackScenarioData {
  team: NonNullable<TeamInfoResponse['team']>;
  /** The installed bot as auth.test reports it. */
  bot: Required<Pick<AuthTestResponse, 'user_id' | 'bot_id' | 'user' | 'app_id'>>;
  members: Member[];
  /** Channels with `is_member` from the bot's point of view. */
  channels: Channel[];
}
