import { defineCheck } from '../../../core/check';
import { type AwsAccountSummaryEvidence, awsEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * The root user has no access keys.
 * Criteria: CC6.1, CC6.3. Evidence: aws.iam.account-summary (IAM GetAccountSummary, AccountAccessKeysPresent).
 * Permission: iam:GetAccountSummary.
 */
export const awsRootNoAccessKeysCheck = defineCheck({
  id: 'aws.iam.root-no-access-keys',
  provider: 'aws',
  title: 'Root user has no access keys',
  severity: 'critical',
  controls: ['KSM-AC-02'],
  criteria: [
    {
      id: 'CC6.1',
      rationale: 'A root access key is an unrestricted, long-lived credential that MFA does not protect.',
    },
    { id: 'CC6.3', rationale: 'Programmatic work should use least-privilege roles, never root.' },
  ],
  evidence: [awsEvidence.accountSummary],
  remediation:
    'Sign in as root → Security credentials → Access keys: deactivate and delete every key; use IAM roles instead.',
  evaluate: ({ evidence, finding }) => {
    const summary = evidence.get<AwsAccountSummaryEvidence>(awsEvidence.accountSummary)?.content;
    if (!summary) {
      return [];
    }
    return [
      finding(
        accountRef(summary.accountId),
        !summary.rootAccessKeysPresent,
        summary.rootAccessKeysPresent
          ? `Root user of account ${summary.accountId} has an access key`
          : `Root user of account ${summary.accountId} has no access keys`,
      ),
    ];
  },
});
