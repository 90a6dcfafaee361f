import { defineCheck } from '../../../core/check';
import { type AwsBucketsEvidence, awsEvidence } from '../evidence';
import { publicAccessGaps } from './s3-public-access';

/**
 * Every S3 bucket has its own Block Public Access with all four settings on (defence in depth if the account-level
 * block is ever relaxed). One finding per bucket.
 * Criteria: C1.1, CC6.7. Evidence: aws.s3.buckets (GetPublicAccessBlock). Permission: s3:GetBucketPublicAccessBlock.
 */
export const awsS3BucketPublicAccessBlockCheck = defineCheck({
  id: 'aws.s3.bucket-public-access-block',
  provider: 'aws',
  title: 'S3 buckets block public access',
  severity: 'high',
  controls: ['KSM-DATA-05'],
  criteria: [
    { id: 'C1.1', rationale: 'Each bucket holding confidential data refuses public ACLs and policies.' },
    { id: 'CC6.7', rationale: 'Restricts transmission of stored data to the public internet.' },
  ],
  evidence: [awsEvidence.buckets],
  remediation:
    'S3 → <bucket> → Permissions → Block public access → Edit: turn on all four settings (serve public content through CloudFront).',
  evaluate: ({ evidence, finding }) => {
    const buckets = evidence.get<AwsBucketsEvidence>(awsEvidence.buckets)?.content.buckets ?? [];
    return buckets.map((bucket) => {
      const gaps = publicAccessGaps(bucket.publicAccessBlock);
      return finding(
        { type: 'aws-s3-bucket', id: `arn:aws:s3:::${bucket.name}`, name: bucket.name },
        gaps.length === 0,
        gaps.length === 0
          ? `Bucket ${bucket.name} blocks all public access`
          : `Bucket ${bucket.name} is missing ${gaps.join(', ')}`,
      );
    });
  },
});
