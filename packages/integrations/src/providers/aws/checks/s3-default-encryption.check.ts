import { defineCheck } from '../../../core/check';
import { type AwsBucketsEvidence, awsEvidence } from '../evidence';

/**
 * Every S3 bucket has a default encryption rule (SSE-S3, SSE-KMS or DSSE-KMS). One finding per bucket.
 * Criteria: CC6.1, C1.1. Evidence: aws.s3.buckets (GetBucketEncryption). Permission: s3:GetEncryptionConfiguration.
 */
export const awsS3DefaultEncryptionCheck = defineCheck({
  id: 'aws.s3.default-encryption',
  provider: 'aws',
  title: 'S3 buckets encrypt objects by default',
  severity: 'high',
  controls: ['KSM-CRYPTO-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'Encryption at rest protects stored data from access outside the service.' },
    { id: 'C1.1', rationale: 'Confidential data in object storage is encrypted.' },
  ],
  evidence: [awsEvidence.buckets],
  remediation:
    'S3 → <bucket> → Properties → Default encryption → Edit: SSE-KMS with a customer-managed key (or SSE-S3).',
  evaluate: ({ evidence, finding }) => {
    const buckets = evidence.get<AwsBucketsEvidence>(awsEvidence.buckets)?.content.buckets ?? [];
    return buckets.map((bucket) =>
      finding(
        { type: 'aws-s3-bucket', id: `arn:aws:s3:::${bucket.name}`, name: bucket.name },
        bucket.encryption !== null,
        bucket.encryption
          ? `Bucket ${bucket.name} encrypts by default with ${bucket.encryption.algorithm}`
          : `Bucket ${bucket.name} has no default encryption`,
      ),
    );
  },
});
