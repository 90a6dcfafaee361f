import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsKmsKeysEvidence } from '../evidence';

/**
 * Every enabled symmetric customer-managed KMS key has automatic rotation on (AWS-managed keys rotate themselves;
 * asymmetric, HMAC and imported keys cannot rotate automatically). One finding per such key.
 * Criteria: CC6.1. Evidence: aws.kms.keys (KMS ListKeys, DescribeKey, GetKeyRotationStatus).
 * Permissions: kms:ListKeys, kms:DescribeKey, kms:GetKeyRotationStatus.
 */
export const awsKmsKeyRotationCheck = defineCheck({
  id: 'aws.kms.key-rotation-enabled',
  provider: 'aws',
  title: 'Customer-managed KMS keys rotate',
  severity: 'medium',
  controls: ['KSM-CRYPTO-03'],
  criteria: [
    { id: 'CC6.1', rationale: 'Rotating key material limits the data exposed under any one key version.' },
  ],
  evidence: [awsEvidence.kmsKeys],
  remediation:
    'KMS → Customer managed keys → <key> → Key rotation: "Automatically rotate this KMS key every year".',
  evaluate: ({ evidence, finding }) => {
    const keys = evidence.get<AwsKmsKeysEvidence>(awsEvidence.kmsKeys)?.content.keys ?? [];
    return keys
      .filter((key) => key.rotationEnabled !== null)
      .map((key) =>
        finding(
          { type: 'aws-kms-key', id: key.arn, name: key.keyId },
          key.rotationEnabled === true,
          key.rotationEnabled
            ? `KMS key ${key.keyId} rotates automatically`
            : `KMS key ${key.keyId} does not rotate`,
        ),
      );
  },
});
