import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaUserRecord, type OktaUsersEvidence } from '../evidence';
import { readOktaCheckSettings } from '../settings';

/** Statuses in which a user can still sign in (or be recovered into signing in). */
const signInCapable = new Set(['ACTIVE', 'PASSWORD_EXPIRED', 'LOCKED_OUT', 'RECOVERY']);
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Users who have not signed in for settings.inactiveUserDays (default 90) are deactivated or suspended. A user who
 * never signed in is measured from activation (or creation).
 * Criteria: CC6.1, CC6.2. Evidence: okta.users.directory (GET /api/v1/users). Scope: okta.users.read.
 */
export const oktaInactiveUsersCheck = defineCheck({
  id: 'okta.users.inactive-disabled',
  provider: 'okta',
  title: 'Okta users inactive for 90 days are deactivated',
  severity: 'medium',
  controls: ['KSM-AC-08'],
  criteria: [
    { id: 'CC6.2', rationale: 'Accounts nobody uses are no longer authorised and must be removed.' },
    { id: 'CC6.1', rationale: 'Disabling stale accounts removes unused entry points.' },
  ],
  evidence: [oktaEvidence.users],
  remediation:
    'Okta Admin → Directory → People: deactivate (or suspend, pending review) each user listed; confirm with their manager first.',
  evaluate: ({ evidence, finding, settings, now }) => {
    const days = readOktaCheckSettings(settings).inactiveUserDays;
    const { users } = evidence.get<OktaUsersEvidence>(oktaEvidence.users)?.content ?? { users: [] };
    return users
      .filter((user) => signInCapable.has(user.status))
      .map((user) => {
        const since = lastActivity(user);
        const idleDays =
          since === null ? Number.POSITIVE_INFINITY : Math.floor((now.getTime() - since.getTime()) / dayMs);
        const passed = idleDays < days;
        const resource = { type: 'okta-user', id: user.id, name: user.login };
        if (passed) {
          return finding(resource, true, `${user.login} signed in ${idleDays} days ago`);
        }
        return finding(
          resource,
          false,
          user.lastLogin
            ? `${user.login} is ${user.status} but last signed in ${idleDays} days ago (limit ${days})`
            : `${user.login} is ${user.status} and has never signed in since ${since?.toISOString().slice(0, 10) ?? 'an unknown date'}`,
        );
      });
  },
});

function lastActivity(user: OktaUserRecord): Date | null {
  const stamp = user.lastLogin ?? user.activated ?? user.created;
  return stamp ? new Date(stamp) : null;
}
