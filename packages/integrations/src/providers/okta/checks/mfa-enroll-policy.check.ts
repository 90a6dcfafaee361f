import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaMfaEnrollPoliciesEvidence } from '../evidence';

/** Authenticators that are not a second factor: a password is the first factor, email is a recovery channel. */
const notSecondFactors = new Set(['okta_password', 'okta_email', 'security_question']);

/**
 * Every active authenticator enrollment policy requires at least one real second factor (enrollment REQUIRED for an
 * authenticator other than password, email or security question), so no one can sign in with a password alone.
 * Criteria: CC6.1, CC6.6. Evidence: okta.policies.mfa-enroll (GET /api/v1/policies?type=MFA_ENROLL).
 * Scope: okta.policies.read.
 */
export const oktaMfaEnrollPolicyCheck = defineCheck({
  id: 'okta.policy.mfa-required',
  provider: 'okta',
  title: 'Okta enrollment policies require a second factor',
  severity: 'critical',
  controls: ['KSM-AC-01'],
  criteria: [
    {
      id: 'CC6.1',
      rationale: 'Requiring MFA enrollment is the identity provider safeguard behind every sign-in.',
    },
    { id: 'CC6.6', rationale: 'A required second factor stops stolen passwords being used from outside.' },
  ],
  evidence: [oktaEvidence.mfaEnrollPolicies],
  remediation:
    'Okta Admin → Security → Authenticators → Enrollment: edit the policy and set at least one authenticator (Okta Verify, FIDO2/WebAuthn) to Required.',
  evaluate: ({ evidence, finding }) => {
    const { policies } = evidence.get<OktaMfaEnrollPoliciesEvidence>(oktaEvidence.mfaEnrollPolicies)
      ?.content ?? { policies: [] };
    return policies
      .filter((policy) => policy.status === 'ACTIVE')
      .map((policy) => {
        const required = policy.authenticators
          .filter((a) => a.enroll === 'REQUIRED' && !notSecondFactors.has(a.key))
          .map((a) => a.key);
        return finding(
          { type: 'okta-policy', id: policy.id, name: policy.name },
          required.length > 0,
          required.length > 0
            ? `Enrollment policy "${policy.name}" requires ${required.join(', ')}`
            : `Enrollment policy "${policy.name}" requires no second factor (every authenticator is optional or not allowed)`,
        );
      });
  },
});
