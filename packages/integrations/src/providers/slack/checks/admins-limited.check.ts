import { defineCheck } from '../../../core/check';
import { slackEvidence, type SlackMembersEvidence } from '../evidence';
import { readSlackCheckSettings } from '../settings';

/**
 * Active workspace admins plus owners number at most settings.adminLimit (default 3). One finding for the workspace,
 * naming each admin and owner.
 * Criteria: CC6.3. Evidence: slack.users.members (users.list). Scope: users:read.
 */
export const slackAdminsLimitedCheck = defineCheck({
  id: 'slack.users.admins-limited',
  provider: 'slack',
  title: 'Slack admins and owners are few',
  severity: 'medium',
  controls: ['KSM-AC-07'],
  criteria: [
    {
      id: 'CC6.3',
      rationale: 'Workspace admin rights (export, member management) are limited to those who need them.',
    },
  ],
  evidence: [slackEvidence.members],
  remediation:
    'Slack admin → Manage members: change the account type of admins who do not need it to Member.',
  evaluate: ({ evidence, finding, settings }) => {
    const content = evidence.get<SlackMembersEvidence>(slackEvidence.members)?.content;
    if (!content) {
      return [];
    }
    const limit = readSlackCheckSettings(settings).adminLimit;
    const admins = content.members.filter((m) => !m.deleted && !m.isBot && (m.isAdmin || m.isOwner));
    const names = admins.map(
      (m) => `${m.email ?? m.name} (${m.isPrimaryOwner ? 'primary owner' : m.isOwner ? 'owner' : 'admin'})`,
    );
    return [
      finding(
        { type: 'slack-workspace', id: content.teamId, name: content.teamName },
        admins.length <= limit,
        admins.length <= limit
          ? `${admins.length} admins/owners, within the limit of ${limit}: ${names.join(', ')}`
          : `${admins.length} admins/owners exceed the limit of ${limit}: ${names.join(', ')}`,
      ),
    ];
  },
});
