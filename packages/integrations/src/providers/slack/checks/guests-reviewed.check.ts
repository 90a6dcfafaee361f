import { defineCheck } from '../../../core/check';
import { slackEvidence, type SlackMembersEvidence } from '../evidence';
import { readSlackCheckSettings } from '../settings';

/**
 * Every active guest account (multi- or single-channel) is reviewed: it either has an expiry date in the future (Slack
 * deactivates it then) or is listed in settings.approvedGuests (email or user id) by whoever reviewed it.
 * One finding per guest. Criteria: CC6.2, CC6.3. Evidence: slack.users.members (users.list). Scopes: users:read,
 * users:read.email.
 */
export const slackGuestsReviewedCheck = defineCheck({
  id: 'slack.users.guests-reviewed',
  provider: 'slack',
  title: 'Slack guests expire or are approved',
  severity: 'medium',
  controls: ['KSM-AC-05'],
  criteria: [
    { id: 'CC6.2', rationale: 'External accounts are removed when the engagement that justified them ends.' },
    { id: 'CC6.3', rationale: 'Guest access is limited to reviewed, approved people.' },
  ],
  evidence: [slackEvidence.members],
  remediation:
    'Slack admin → Manage members → the guest → "Set expiration date", or deactivate the guest; a guest needed indefinitely is added to the integration\'s approved guests after review.',
  evaluate: ({ evidence, finding, settings, now }) => {
    const content = evidence.get<SlackMembersEvidence>(slackEvidence.members)?.content;
    const approved = new Set(
      readSlackCheckSettings(settings).approvedGuests.map((entry) => entry.toLowerCase()),
    );
    return (content?.members ?? [])
      .filter((m) => m.isGuest && !m.deleted)
      .map((guest) => {
        const label = guest.email ?? guest.name;
        const resource = { type: 'slack-user', id: guest.id, name: label };
        if (approved.has(guest.id.toLowerCase()) || (guest.email !== null && approved.has(guest.email))) {
          return finding(resource, true, `Guest ${label} is on the approved guest list`);
        }
        if (guest.guestExpiresAt && new Date(guest.guestExpiresAt) > now) {
          return finding(resource, true, `Guest ${label} expires on ${guest.guestExpiresAt.slice(0, 10)}`);
        }
        return finding(
          resource,
          false,
          guest.guestExpiresAt
            ? `Guest ${label} passed its expiry (${guest.guestExpiresAt.slice(0, 10)}) but is still active`
            : `Guest ${label} has no expiry date and is not on the approved guest list`,
        );
      });
  },
});
