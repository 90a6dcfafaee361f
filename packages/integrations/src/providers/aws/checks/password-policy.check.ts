import { defineCheck } from '../../../core/check';
import { type AwsPasswordPolicy, type AwsPasswordPolicyEvidence, awsEvidence } from '../evidence';
import { type AwsCheckSettings, readAwsCheckSettings } from '../settings';
import { accountRef } from './check-values';

/**
 * The IAM password policy requires at least settings.passwordMinLength characters (default 14), prevents reuse of the
 * last settings.passwordReusePrevention passwords (default 24) and, when settings.passwordRequireComplexity (default
 * true), upper case, lower case, numbers and symbols. No policy at all fails.
 * Criteria: CC6.1. Evidence: aws.iam.password-policy (IAM GetAccountPasswordPolicy). Permission: iam:GetAccountPasswordPolicy.
 */
export const awsPasswordPolicyCheck = defineCheck({
  id: 'aws.iam.password-policy-strength',
  provider: 'aws',
  title: 'IAM password policy is strong',
  severity: 'medium',
  controls: ['KSM-AC-10'],
  criteria: [
    { id: 'CC6.1', rationale: 'Long, unique, complex passwords resist guessing and credential stuffing.' },
  ],
  evidence: [awsEvidence.passwordPolicy],
  remediation:
    'IAM → Account settings → Password policy → Edit: minimum length 14, require all character types, prevent reuse of 24 passwords.',
  evaluate: ({ evidence, finding, settings }) => {
    const content = evidence.get<AwsPasswordPolicyEvidence>(awsEvidence.passwordPolicy)?.content;
    if (!content) {
      return [];
    }
    const gaps = content.policy
      ? policyGaps(content.policy, readAwsCheckSettings(settings))
      : ['no password policy is set'];
    return [
      finding(
        accountRef(content.accountId),
        gaps.length === 0,
        gaps.length === 0
          ? `Password policy of account ${content.accountId} meets the thresholds`
          : `Password policy of account ${content.accountId}: ${gaps.join('; ')}`,
      ),
    ];
  },
});

function policyGaps(policy: AwsPasswordPolicy, thresholds: AwsCheckSettings): string[] {
  const gaps: string[] = [];
  if ((policy.minimumPasswordLength ?? 0) < thresholds.passwordMinLength) {
    gaps.push(`minimum length ${policy.minimumPasswordLength ?? 'unset'} < ${thresholds.passwordMinLength}`);
  }
  if ((policy.passwordReusePrevention ?? 0) < thresholds.passwordReusePrevention) {
    gaps.push(
      `reuse prevention ${policy.passwordReusePrevention ?? 'off'} < ${thresholds.passwordReusePrevention}`,
    );
  }
  if (thresholds.passwordRequireComplexity) {
    const missing = [
      policy.requireUppercaseCharacters ? undefined : 'upper case',
      policy.requireLowercaseCharacters ? undefined : 'lower case',
      policy.requireNumbers ? undefined : 'numbers',
      policy.requireSymbols ? undefined : 'symbols',
    ].filter((item): item is string => item !== undefined);
    if (missing.length > 0) {
      gaps.push(`does not require ${missing.join(', ')}`);
    }
  }
  return gaps;
}
