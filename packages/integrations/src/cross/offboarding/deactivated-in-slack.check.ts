import { defineCheck } from '../../core/check';
import { oktaEvidence } from '../../providers/okta/evidence';
import { slackEvidence, type SlackMembersEvidence } from '../../providers/slack/evidence';
import { deactivatedPeople, groupByEmail, offboardingFindings } from './deactivated-people';

/**
 * People deactivated (DEPROVISIONED or SUSPENDED) in Okta have no active Slack account, matched by email. One finding
 * per deactivated person (FAIL names the Slack member still active).
 * Criteria: CC6.2, CC6.3. Evidence: okta.users.directory (GET /api/v1/users), slack.users.members (users.list with
 * users:read.email). Scopes: okta.users.read; Slack users:read, users:read.email.
 */
export const offboardingSlackCheck = defineCheck({
  id: 'cross.offboarding.okta-deactivated-in-slack',
  provider: 'cross',
  title: 'People deactivated in Okta are removed from Slack',
  severity: 'high',
  controls: ['KSM-AC-04'],
  criteria: [
    { id: 'CC6.2', rationale: "A leaver's Slack account is a credential that is no longer authorised." },
    {
      id: 'CC6.3',
      rationale: 'Access is revoked when the role ends, in every system, not only the identity provider.',
    },
  ],
  evidence: [oktaEvidence.users, slackEvidence.members],
  remediation:
    'Slack admin → Manage members → deactivate the account (or provision Slack through Okta SCIM so deactivation follows Okta).',
  evaluate: ({ evidence, finding }) => {
    const members = evidence.get<SlackMembersEvidence>(slackEvidence.members)?.content.members ?? [];
    const active = groupByEmail(
      members.filter((m) => !m.deleted && !m.isBot),
      (m) => m.email,
    );
    return offboardingFindings(
      deactivatedPeople(evidence),
      active,
      {
        system: 'Slack',
        resource: (m) => ({ type: 'slack-user', id: m.id, name: m.email ?? m.name }),
        label: (m) => `Slack member ${m.name} (${m.id})`,
      },
      finding,
    );
  },
});
