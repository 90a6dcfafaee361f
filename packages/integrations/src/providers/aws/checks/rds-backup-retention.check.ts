import { defineCheck } from '../../../core/check';
import { type AwsDbInstancesEvidence, awsEvidence } from '../evidence';
import { readAwsCheckSettings } from '../settings';

/**
 * Every RDS DB instance keeps automated backups for at least settings.rdsMinBackupRetentionDays (default 7); 0 means
 * automated backups are off. One finding per instance.
 * Criteria: A1.2. Evidence: aws.rds.db-instances (RDS DescribeDBInstances BackupRetentionPeriod).
 * Permission: rds:DescribeDBInstances.
 */
export const awsRdsBackupRetentionCheck = defineCheck({
  id: 'aws.rds.backup-retention-7-days',
  provider: 'aws',
  title: 'RDS automated backups are kept 7 days or more',
  severity: 'high',
  controls: ['KSM-BCP-01'],
  criteria: [
    {
      id: 'A1.2',
      rationale: 'Automated backups with point-in-time recovery let production data be restored.',
    },
    { id: 'PI1.5', rationale: 'Stored data can be recovered to a recent consistent state.' },
  ],
  evidence: [awsEvidence.dbInstances],
  remediation:
    'RDS → Databases → <instance> → Modify → Backup retention period: 7 days or more → Apply immediately.',
  evaluate: ({ evidence, finding, settings }) => {
    const minimum = readAwsCheckSettings(settings).rdsMinBackupRetentionDays;
    const instances = evidence.get<AwsDbInstancesEvidence>(awsEvidence.dbInstances)?.content.instances ?? [];
    return instances.map((db) =>
      finding(
        { type: 'aws-rds-instance', id: db.arn, name: db.dbInstanceIdentifier },
        db.backupRetentionPeriod >= minimum,
        db.backupRetentionPeriod === 0
          ? `${db.dbInstanceIdentifier} has automated backups turned off`
          : `${db.dbInstanceIdentifier} keeps backups ${db.backupRetentionPeriod} days (minimum ${minimum})`,
      ),
    );
  },
});
