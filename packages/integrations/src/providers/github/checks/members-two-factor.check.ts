/**
 * Every organization member has two-factor authentication enabled (one finding per member).
 * Criteria: CC6.1. Evidence: github.org.members (GET /orgs/{org}/members and ?filter=2fa_disabled).
 * Permission: Organization › Members: read (the 2fa_disabled filter is answered for organization owners).
 */
import { defineCheck } from '../../../core/check';
import { githubEvidence, type GithubOrgMembers } from '../evidence';

export const membersTwoFactorCheck = defineCheck({
  id: 'github.org.members-two-factor',
  provider: 'github',
  title: 'Every GitHub organization member has 2FA enabled',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'Each account that can read or push code is protected by a second factor.' },
  ],
  evidence: [githubEvidence.orgMembers],
  remediation:
    'Ask each listed member to enable 2FA (github.com/settings/security), or remove them; then require 2FA for the organization.',
  evaluate: ({ evidence, finding }) =>
    (evidence.get<GithubOrgMembers>(githubEvidence.orgMembers)?.content.members ?? []).map((member) =>
      finding(
        { type: 'github-user', id: member.login },
        member.twoFactorEnabled,
        member.twoFactorEnabled ? `${member.login} has 2FA enabled.` : `${member.login} has not enabled 2FA.`,
      ),
    ),
});
