import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaFactorsEvidence } from '../evidence';

/** Factor types that do not prove possession or inherence: they do not count as MFA. */
const weakFactorTypes = new Set(['question', 'email']);

/**
 * Every ACTIVE Okta user has at least one ACTIVE second factor other than a security question or email.
 * Criteria: CC6.1. Evidence: okta.users.factors (GET /api/v1/users, GET /api/v1/users/{id}/factors).
 * Scopes: okta.users.read, okta.factors.read.
 */
export const oktaUsersMfaEnrolledCheck = defineCheck({
  id: 'okta.users.mfa-enrolled',
  provider: 'okta',
  title: 'Every active Okta user is enrolled in MFA',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'An enrolled second factor is what makes MFA effective for each person.' },
  ],
  evidence: [oktaEvidence.factors],
  remediation:
    'Ask the user to enroll Okta Verify or a security key (or reset their factors so enrollment is prompted at next sign-in); deactivate accounts that are no longer used.',
  evaluate: ({ evidence, finding }) => {
    const { users } = evidence.get<OktaFactorsEvidence>(oktaEvidence.factors)?.content ?? { users: [] };
    return users.map((user) => {
      const strong = user.factors.filter((f) => f.status === 'ACTIVE' && !weakFactorTypes.has(f.factorType));
      return finding(
        { type: 'okta-user', id: user.userId, name: user.login },
        strong.length > 0,
        strong.length > 0
          ? `${user.login} has an active ${strong.map((f) => f.factorType).join(', ')} factor`
          : `${user.login} is active but has no active MFA factor enrolled`,
      );
    });
  },
});
