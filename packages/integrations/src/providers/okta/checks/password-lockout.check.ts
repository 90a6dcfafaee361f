import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaPasswordPoliciesEvidence } from '../evidence';
import { readOktaCheckSettings } from '../settings';

/**
 * Every active Okta password policy locks the account after at most settings.passwordMaxLockoutAttempts (default 10)
 * failed sign-ins, which stops online password guessing.
 * Criteria: CC6.1. Evidence: okta.policies.password (GET /api/v1/policies?type=PASSWORD). Scope: okta.policies.read.
 */
export const oktaPasswordLockoutCheck = defineCheck({
  id: 'okta.policy.lockout',
  provider: 'okta',
  title: 'Okta locks accounts after repeated failed sign-ins',
  severity: 'medium',
  controls: ['KSM-AC-10'],
  criteria: [
    { id: 'CC6.1', rationale: 'Lockout limits password-guessing attacks against the identity provider.' },
  ],
  evidence: [oktaEvidence.passwordPolicies],
  remediation:
    'Okta Admin → Security → Authenticators → Password → edit each policy: "Lock out user after 10 unsuccessful attempts" or fewer.',
  evaluate: ({ evidence, finding, settings }) => {
    const limit = readOktaCheckSettings(settings).passwordMaxLockoutAttempts;
    const { policies } = evidence.get<OktaPasswordPoliciesEvidence>(oktaEvidence.passwordPolicies)
      ?.content ?? { policies: [] };
    return policies
      .filter((policy) => policy.status === 'ACTIVE')
      .map((policy) => {
        const attempts = policy.lockoutMaxAttempts;
        // Okta stores 0 (or omits the field) when lockout is disabled.
        const enforced = attempts !== null && attempts > 0 && attempts <= limit;
        return finding(
          { type: 'okta-policy', id: policy.id, name: policy.name },
          enforced,
          enforced
            ? `Password policy "${policy.name}" locks accounts after ${attempts} failed attempts`
            : attempts === null || attempts === 0
              ? `Password policy "${policy.name}" never locks accounts after failed attempts`
              : `Password policy "${policy.name}" allows ${attempts} failed attempts, more than ${limit}`,
        );
      });
  },
});
