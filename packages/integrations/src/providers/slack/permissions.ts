import type { PermissionRequirement } from '../../core/provider';

/** Bot token scopes for the Kushim Slack app (docs/integrations/slack.md). */
export const slackPermissions: PermissionRequirement[] = [
  { permission: 'users:read', reason: 'List members with their admin, owner, guest and 2FA status.' },
  {
    permission: 'users:read.email',
    reason: 'Match Slack members to Okta people by email (offboarding check).',
  },
  { permission: 'team:read', reason: 'Name the workspace in findings.' },
  { permission: 'channels:read', reason: 'Find the public alert channel and whether the bot is a member.' },
  {
    permission: 'groups:read',
    reason:
      'Find the alert channel when it is private (the bot sees only private channels it was invited to).',
  },
  { permission: 'chat:write', reason: 'Post security alerts to the alert channel (alerting).' },
];

/** Scopes each Web API method needs, to name the missing one when Slack does not (it usually says in `needed`). */
export const slackMethodScopes: Record<string, string> = {
  'users.list': 'users:read',
  'team.info': 'team:read',
  'conversations.list': 'channels:read',
  'conversations.info': 'channels:read',
  'chat.postMessage': 'chat:write',
};
