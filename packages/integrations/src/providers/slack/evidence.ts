/**
 * Slack evidence kinds and their content, as the collectors write them and the Slack and cross-source offboarding
 * checks read them. Lists are sorted by id.
 */
export const slackEvidence = {
  members: 'slack.users.members',
  twoFactor: 'slack.users.two-factor',
  alertChannel: 'slack.channels.alert-channel',
} as const;

export interface SlackMemberRecord {
  id: string;
  name: string;
  realName: string | null;
  email: string | null;
  deleted: boolean;
  isBot: boolean;
  isAdmin: boolean;
  isOwner: boolean;
  isPrimaryOwner: boolean;
  /** Multi-channel guest (is_restricted) or single-channel guest (is_ultra_restricted). */
  isGuest: boolean;
  /** When Slack deactivates the guest (profile.guest_expiration_ts), ISO-8601. */
  guestExpiresAt: string | null;
}

/** `slack.users.members`: every workspace member, bots and deactivated accounts included. */
export interface SlackMembersEvidence {
  teamId: string;
  teamName: string;
  members: SlackMemberRecord[];
}

/**
 * `slack.users.two-factor`: 2FA state of active human members. Only produced when the token can see `has_2fa`
 * (Slack returns it only to tokens of workspace admins/owners), so a token without that view makes the check
 * INCONCLUSIVE rather than failing everyone.
 */
export interface SlackTwoFactorEvidence {
  teamId: string;
  members: {
    id: string;
    name: string;
    email: string | null;
    has2fa: boolean;
    twoFactorType: string | null;
  }[];
}

/** `slack.channels.alert-channel`: the configured alert channel as the bot sees it. */
export interface SlackAlertChannelEvidence {
  teamId: string;
  configured: string | null;
  channel: { id: string; name: string; isArchived: boolean; isPrivate: boolean; botIsMember: boolean } | null;
}
