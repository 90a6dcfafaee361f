import { defineCheck } from '../../../core/check';
import { type AwsEbsEncryptionEvidence, awsEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * EBS encryption by default is on in the region, so every new volume and snapshot copy is encrypted.
 * Criteria: CC6.1, C1.1. Evidence: aws.ec2.ebs-encryption-by-default (EC2 GetEbsEncryptionByDefault).
 * Permission: ec2:GetEbsEncryptionByDefault.
 */
export const awsEbsEncryptionByDefaultCheck = defineCheck({
  id: 'aws.ec2.ebs-encryption-by-default',
  provider: 'aws',
  title: 'EBS volumes are encrypted by default',
  severity: 'medium',
  controls: ['KSM-CRYPTO-01'],
  criteria: [
    {
      id: 'CC6.1',
      rationale: 'Disks holding production data are encrypted at rest without relying on each launch.',
    },
    { id: 'C1.1', rationale: 'Confidential data on block storage is encrypted.' },
  ],
  evidence: [awsEvidence.ebsEncryptionByDefault],
  remediation:
    'EC2 → Settings → EBS encryption → Manage: "Always encrypt new EBS volumes" (in every region you use).',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<AwsEbsEncryptionEvidence>(awsEvidence.ebsEncryptionByDefault)?.content;
    if (!content) {
      return [];
    }
    return [
      finding(
        accountRef(content.accountId, content.region),
        content.enabled,
        content.enabled
          ? `New EBS volumes in ${content.region} are encrypted by default`
          : `EBS encryption by default is off in ${content.region}`,
      ),
    ];
  },
});
