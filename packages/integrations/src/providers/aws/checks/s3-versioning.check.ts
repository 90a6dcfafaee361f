import { defineCheck } from '../../../core/check';
import { type AwsBucketsEvidence, awsEvidence } from '../evidence';
import { readAwsCheckSettings } from '../settings';

/**
 * Every bucket named in settings.versionedBuckets has versioning Enabled (not Suspended). No designated buckets →
 * not applicable. A designated bucket that does not exist fails (the backup it should hold is missing).
 * Criteria: A1.2, PI1.5. Evidence: aws.s3.buckets (GetBucketVersioning). Permission: s3:GetBucketVersioning.
 */
export const awsS3VersioningCheck = defineCheck({
  id: 'aws.s3.versioning-enabled',
  provider: 'aws',
  title: 'Designated S3 buckets keep versions',
  severity: 'medium',
  controls: ['KSM-BCP-01'],
  criteria: [
    { id: 'A1.2', rationale: 'Versions let deleted or overwritten data be recovered.' },
    { id: 'PI1.5', rationale: 'Stored records survive accidental or malicious overwrite.' },
  ],
  evidence: [awsEvidence.buckets],
  remediation:
    'S3 → <bucket> → Properties → Bucket Versioning → Edit: Enable (add a lifecycle rule to expire old versions).',
  evaluate: ({ evidence, finding, settings }) => {
    const designated = readAwsCheckSettings(settings).versionedBuckets;
    const buckets = evidence.get<AwsBucketsEvidence>(awsEvidence.buckets)?.content.buckets ?? [];
    return [...designated].sort().map((name) => {
      const bucket = buckets.find((b) => b.name === name);
      const enabled = bucket?.versioning === 'Enabled';
      return finding(
        { type: 'aws-s3-bucket', id: `arn:aws:s3:::${name}`, name },
        enabled,
        !bucket
          ? `Designated bucket ${name} does not exist in the account`
          : enabled
            ? `Bucket ${name} has versioning enabled`
            : `Bucket ${name} versioning is ${bucket.versioning}`,
      );
    });
  },
});
