import { defineCheck } from '../../../core/check';
import { type AwsDbInstancesEvidence, awsEvidence } from '../evidence';

/**
 * Every RDS DB instance has storage encryption. One finding per instance.
 * Criteria: CC6.1, C1.1. Evidence: aws.rds.db-instances (RDS DescribeDBInstances StorageEncrypted).
 * Permission: rds:DescribeDBInstances.
 */
export const awsRdsStorageEncryptedCheck = defineCheck({
  id: 'aws.rds.storage-encrypted',
  provider: 'aws',
  title: 'RDS databases are encrypted at rest',
  severity: 'high',
  controls: ['KSM-CRYPTO-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'Database storage, backups and snapshots are encrypted at rest.' },
    { id: 'C1.1', rationale: 'Confidential customer data in databases is encrypted.' },
  ],
  evidence: [awsEvidence.dbInstances],
  remediation:
    'Encryption cannot be turned on in place: snapshot the instance, copy the snapshot with encryption, restore it and switch over.',
  evaluate: ({ evidence, finding }) => {
    const instances = evidence.get<AwsDbInstancesEvidence>(awsEvidence.dbInstances)?.content.instances ?? [];
    return instances.map((db) =>
      finding(
        { type: 'aws-rds-instance', id: db.arn, name: db.dbInstanceIdentifier },
        db.storageEncrypted,
        db.storageEncrypted
          ? `${db.dbInstanceIdentifier} is encrypted at rest`
          : `${db.dbInstanceIdentifier} is not encrypted at rest`,
      ),
    );
  },
});
