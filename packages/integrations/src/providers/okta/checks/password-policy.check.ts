import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaPasswordPolicyRecord, type OktaPasswordPoliciesEvidence } from '../evidence';
import { type OktaCheckSettings, readOktaCheckSettings } from '../settings';

/**
 * Every active Okta password policy enforces the minimum length (settings.passwordMinLength, default 12), complexity
 * (lower case, upper case and a number; a symbol when settings.passwordRequireSymbol) and password history
 * (settings.passwordHistoryCount, default 5).
 * Criteria: CC6.1. Evidence: okta.policies.password (GET /api/v1/policies?type=PASSWORD). Scope: okta.policies.read.
 */
export const oktaPasswordPolicyCheck = defineCheck({
  id: 'okta.policy.password-strength',
  provider: 'okta',
  title: 'Okta password policies enforce length, complexity and history',
  severity: 'medium',
  controls: ['KSM-AC-10'],
  criteria: [
    {
      id: 'CC6.1',
      rationale: 'Password standards make the first authentication factor hard to guess or reuse.',
    },
  ],
  evidence: [oktaEvidence.passwordPolicies],
  remediation:
    'Okta Admin → Security → Authenticators → Password → edit each policy: minimum length 12, require lower case, upper case and a number, and enforce password history of at least 5.',
  evaluate: ({ evidence, finding, settings }) => {
    const thresholds = readOktaCheckSettings(settings);
    const { policies } = evidence.get<OktaPasswordPoliciesEvidence>(oktaEvidence.passwordPolicies)
      ?.content ?? { policies: [] };
    return policies
      .filter((policy) => policy.status === 'ACTIVE')
      .map((policy) => {
        const gaps = passwordGaps(policy, thresholds);
        return finding(
          { type: 'okta-policy', id: policy.id, name: policy.name },
          gaps.length === 0,
          gaps.length === 0
            ? `Password policy "${policy.name}" meets the length, complexity and history standard`
            : `Password policy "${policy.name}": ${gaps.join('; ')}`,
        );
      });
  },
});

function passwordGaps(policy: OktaPasswordPolicyRecord, thresholds: OktaCheckSettings): string[] {
  const gaps: string[] = [];
  if ((policy.minLength ?? 0) < thresholds.passwordMinLength) {
    gaps.push(`minimum length ${policy.minLength ?? 'unset'} is below ${thresholds.passwordMinLength}`);
  }
  const classes: [keyof OktaPasswordPolicyRecord, string, boolean][] = [
    ['minLowerCase', 'a lower-case letter', true],
    ['minUpperCase', 'an upper-case letter', true],
    ['minNumber', 'a number', true],
    ['minSymbol', 'a symbol', thresholds.passwordRequireSymbol],
  ];
  for (const [field, label, required] of classes) {
    if (required && Number(policy[field] ?? 0) < 1) {
      gaps.push(`does not require ${label}`);
    }
  }
  if ((policy.historyCount ?? 0) < thresholds.passwordHistoryCount) {
    gaps.push(
      `remembers ${policy.historyCount ?? 0} previous passwords, fewer than ${thresholds.passwordHistoryCount}`,
    );
  }
  return gaps;
}
