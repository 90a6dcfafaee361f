import { defineCheck } from '../../../core/check';
import { slackEvidence, type SlackTwoFactorEvidence } from '../evidence';

/**
 * Every active human member of the Slack workspace has two-factor authentication on (one finding per member).
 * Criteria: CC6.1. Evidence: slack.users.two-factor (users.list `has_2fa`, visible only to admin/owner-installed
 * tokens). Scopes: users:read, users:read.email.
 */
export const slackTwoFactorCheck = defineCheck({
  id: 'slack.users.two-factor',
  provider: 'slack',
  title: 'Slack members use two-factor authentication',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'Slack carries incident and customer discussions; 2FA protects access to it.' },
  ],
  evidence: [slackEvidence.twoFactor],
  remediation:
    'Slack admin → Settings & permissions → Authentication → Workspace-wide two-factor authentication: require it (or sign in through Okta SSO with MFA), then follow up with each member listed.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<SlackTwoFactorEvidence>(slackEvidence.twoFactor)?.content;
    return (content?.members ?? []).map((member) =>
      finding(
        { type: 'slack-user', id: member.id, name: member.email ?? member.name },
        member.has2fa,
        member.has2fa
          ? `${member.email ?? member.name} has two-factor authentication (${member.twoFactorType ?? 'enabled'})`
          : `${member.email ?? member.name} has not enabled two-factor authentication`,
      ),
    );
  },
});
