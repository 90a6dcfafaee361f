/**
 * The organization requires two-factor authentication for every member.
 * Criteria: CC6.1. Evidence: github.org.settings (GET /orgs/{org}, `two_factor_requirement_enabled`).
 * Permission: Organization › Administration: read (the field is only shown to organization owners).
 */
import { defineCheck } from '../../../core/check';
import { githubEvidence, type GithubOrgSettings } from '../evidence';

export const twoFactorRequiredCheck = defineCheck({
  id: 'github.org.two-factor-required',
  provider: 'github',
  title: 'GitHub organization requires two-factor authentication',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'A second factor protects source code access from stolen passwords.' },
  ],
  evidence: [githubEvidence.orgSettings],
  remediation:
    'Organization settings → Authentication security → "Require two-factor authentication for everyone".',
  evaluate: ({ evidence, finding }) => {
    const org = evidence.get<GithubOrgSettings>(githubEvidence.orgSettings)?.content;
    if (!org) {
      return [];
    }
    const resource = { type: 'github-organization', id: org.login };
    if (org.twoFactorRequirementEnabled === null) {
      return [
        finding(
          resource,
          false,
          `The 2FA requirement of ${org.login} is not visible to the token (an owner's Administration: read is needed).`,
        ),
      ];
    }
    return [
      finding(
        resource,
        org.twoFactorRequirementEnabled,
        org.twoFactorRequirementEnabled
          ? `${org.login} requires 2FA for every member.`
          : `${org.login} does not require 2FA.`,
      ),
    ];
  },
});
