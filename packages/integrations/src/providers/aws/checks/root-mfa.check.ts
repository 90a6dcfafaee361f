import { defineCheck } from '../../../core/check';
import { type AwsAccountSummaryEvidence, awsEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * The root user has MFA enabled.
 * Criteria: CC6.1. Evidence: aws.iam.account-summary (IAM GetAccountSummary, AccountMFAEnabled).
 * Permission: iam:GetAccountSummary.
 */
export const awsRootMfaCheck = defineCheck({
  id: 'aws.iam.root-mfa',
  provider: 'aws',
  title: 'Root user has MFA',
  severity: 'critical',
  controls: ['KSM-AC-02', 'KSM-AC-01'],
  criteria: [
    {
      id: 'CC6.1',
      rationale:
        'The root user can do anything in the account; MFA stops a stolen password from being enough.',
    },
    { id: 'CC6.3', rationale: 'Keeps unrestricted privilege behind a second factor held by few people.' },
  ],
  evidence: [awsEvidence.accountSummary],
  remediation:
    'Sign in as root → Security credentials → Multi-factor authentication → Assign MFA device (prefer a hardware key).',
  evaluate: ({ evidence, finding }) => {
    const summary = evidence.get<AwsAccountSummaryEvidence>(awsEvidence.accountSummary)?.content;
    if (!summary) {
      return [];
    }
    return [
      finding(
        accountRef(summary.accountId),
        summary.accountMfaEnabled,
        summary.accountMfaEnabled
          ? `Root user of account ${summary.accountId} has MFA enabled`
          : `Root user of account ${summary.accountId} has no MFA`,
      ),
    ];
  },
});
