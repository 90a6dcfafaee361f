import type { UsersListResponse, WebClient } from '@slack/web-api';
import { defineCollector } from '../../../core/collector';
import type { EvidenceSnapshot } from '../../../core/evidence';
import {
  slackEvidence,
  type SlackMemberRecord,
  type SlackMembersEvidence,
  type SlackTwoFactorEvidence,
} from '../evidence';
import type { SlackSettings } from '../settings';

/**
 * Workspace members with their roles, guest status and (when visible) 2FA.
 * API calls: team.info (team:read), users.list paged by response_metadata.next_cursor (users:read, users:read.email).
 */
export const slackMembersCollector = defineCollector<WebClient, SlackSettings>({
  id: 'members',
  produces: [slackEvidence.members, slackEvidence.twoFactor],
  permissions: ['team:read', 'users:read', 'users:read.email'],
  collect: async (client, { now }) => {
    const team = (await client.team.info()).team;
    const raw: Member[] = [];
    for await (const page of client.paginate('users.list', { limit: 200 })) {
      // paginate() yields the generic result type; users.list pages are UsersListResponse.
      raw.push(...((page as UsersListResponse).members ?? []));
    }
    const members = raw
      .filter((m): m is Member & { id: string } => typeof m.id === 'string')
      .map(toMemberRecord)
      .sort((a, b) => a.id.localeCompare(b.id));
    const teamId = team?.id ?? 'unknown';
    const collectedAt = now().toISOString();
    const snapshots: EvidenceSnapshot[] = [
      {
        kind: slackEvidence.members,
        collectedAt,
        content: { teamId, teamName: team?.name ?? teamId, members } satisfies SlackMembersEvidence,
      },
    ];
    const humans = raw.filter((m) => m.id && !m.deleted && !m.is_bot && m.id !== 'USLACKBOT');
    if (humans.length > 0 && humans.every((m) => typeof m.has_2fa === 'boolean')) {
      const content: SlackTwoFactorEvidence = {
        teamId,
        members: humans
          .map((m) => ({
            id: m.id ?? '',
            name: m.name ?? m.id ?? '',
            email: m.profile?.email?.toLowerCase() ?? null,
            has2fa: m.has_2fa === true,
            twoFactorType: m.two_factor_type ?? null,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      };
      snapshots.push({ kind: slackEvidence.twoFactor, collectedAt, content });
    }
    return snapshots;
  },
});

type Member = NonNullable<UsersListResponse['members']>[number];

function toMemberRecord(member: Member & { id: string }): SlackMemberRecord {
  const expires = member.profile?.guest_expiration_ts;
  return {
    id: member.id,
    name: member.name ?? member.id,
    realName: member.real_name ?? null,
    email: member.profile?.email?.toLowerCase() ?? null,
    deleted: member.deleted === true,
    // Slackbot is a bot that Slack does not flag with is_bot.
    isBot: member.is_bot === true || member.id === 'USLACKBOT',
    isAdmin: member.is_admin === true,
    isOwner: member.is_owner === true,
    isPrimaryOwner: member.is_primary_owner === true,
    isGuest: member.is_restricted === true || member.is_ultra_restricted === true,
    guestExpiresAt:
      typeof expires === 'number' && expires > 0 ? new Date(expires * 1000).toISOString() : null,
  };
}
