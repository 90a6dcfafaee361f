import { defineCheck } from '../../../core/check';
import { type AwsAccountPublicAccessBlockEvidence, awsEvidence } from '../evidence';
import { accountRef } from './check-values';
import { publicAccessGaps } from './s3-public-access';

/**
 * The account-wide S3 Block Public Access has all four settings on.
 * Criteria: C1.1, CC6.7, CC6.1. Evidence: aws.s3.account-public-access-block (S3 Control GetPublicAccessBlock).
 * Permission: s3:GetAccountPublicAccessBlock.
 */
export const awsS3AccountPublicAccessBlockCheck = defineCheck({
  id: 'aws.s3.account-public-access-block',
  provider: 'aws',
  title: 'S3 Block Public Access is on for the account',
  severity: 'high',
  controls: ['KSM-DATA-05'],
  criteria: [
    {
      id: 'C1.1',
      rationale: 'Confidential data cannot be made public by a single bucket policy or ACL mistake.',
    },
    { id: 'CC6.7', rationale: 'Restricts transmission of data to the public internet.' },
    { id: 'CC6.1', rationale: 'An account-wide guard rail overrides per-bucket misconfiguration.' },
  ],
  evidence: [awsEvidence.accountPublicAccessBlock],
  remediation: 'S3 → Block Public Access settings for this account → Edit: turn on all four settings.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<AwsAccountPublicAccessBlockEvidence>(
      awsEvidence.accountPublicAccessBlock,
    )?.content;
    if (!content) {
      return [];
    }
    const gaps = publicAccessGaps(content.configuration);
    return [
      finding(
        accountRef(content.accountId),
        gaps.length === 0,
        gaps.length === 0
          ? `Account ${content.accountId} blocks all public S3 access`
          : `Account ${content.accountId} S3 Block Public Access is missing: ${gaps.join(', ')}`,
      ),
    ];
  },
});
