import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaSuperAdminsEvidence } from '../evidence';
import { readOktaCheckSettings } from '../settings';

/**
 * The number of Okta Super Administrators is at most settings.superAdminLimit (default 3). One finding for the org,
 * naming every super admin.
 * Criteria: CC6.3, CC6.1. Evidence: okta.roles.super-admins (GET /api/v1/iam/assignees/users,
 * GET /api/v1/users/{id}/roles). Scopes: okta.roles.read, okta.users.read.
 */
export const oktaSuperAdminsCheck = defineCheck({
  id: 'okta.roles.super-admins-limited',
  provider: 'okta',
  title: 'Okta Super Administrators are few',
  severity: 'high',
  controls: ['KSM-AC-07'],
  criteria: [
    { id: 'CC6.3', rationale: 'Super Administrator rights are restricted to the few people who need them.' },
    { id: 'CC6.1', rationale: 'Fewer all-powerful identity accounts shrink the attack surface.' },
  ],
  evidence: [oktaEvidence.superAdmins],
  remediation:
    'Okta Admin → Security → Administrators: replace the Super Administrator role with narrower roles (Org, App, Help Desk, Read-Only Administrator) for everyone who does not need it.',
  evaluate: ({ evidence, finding, settings }) => {
    const limit = readOktaCheckSettings(settings).superAdminLimit;
    const content = evidence.get<OktaSuperAdminsEvidence>(oktaEvidence.superAdmins)?.content;
    if (!content) {
      return [];
    }
    const count = content.superAdmins.length;
    const names = content.superAdmins.map((admin) => admin.login).join(', ');
    return [
      finding(
        { type: 'okta-org', id: content.org },
        count <= limit,
        count <= limit
          ? `${count} Super Administrator(s), within the limit of ${limit}: ${names || 'none'}`
          : `${count} Super Administrators exceed the limit of ${limit}: ${names}`,
      ),
    ];
  },
});
