import { defineCheck } from '../../../core/check';
import { type AwsDbInstancesEvidence, awsEvidence } from '../evidence';

/**
 * No RDS DB instance is publicly accessible (a public DNS name resolving to a public IP). One finding per instance.
 * Criteria: CC6.6, CC6.1. Evidence: aws.rds.db-instances (RDS DescribeDBInstances PubliclyAccessible).
 * Permission: rds:DescribeDBInstances.
 */
export const awsRdsNotPublicCheck = defineCheck({
  id: 'aws.rds.not-publicly-accessible',
  provider: 'aws',
  title: 'RDS databases are not publicly accessible',
  severity: 'critical',
  controls: ['KSM-NET-02'],
  criteria: [
    { id: 'CC6.6', rationale: 'Databases are reachable only from inside the network boundary.' },
    { id: 'CC6.1', rationale: 'Production data stores sit in private subnets.' },
  ],
  evidence: [awsEvidence.dbInstances],
  remediation:
    'RDS → Databases → <instance> → Modify → Connectivity → Public access: Not publicly accessible; reach it through a VPN or bastion.',
  evaluate: ({ evidence, finding }) => {
    const instances = evidence.get<AwsDbInstancesEvidence>(awsEvidence.dbInstances)?.content.instances ?? [];
    return instances.map((db) =>
      finding(
        { type: 'aws-rds-instance', id: db.arn, name: db.dbInstanceIdentifier },
        !db.publiclyAccessible,
        db.publiclyAccessible
          ? `${db.dbInstanceIdentifier} is publicly accessible`
          : `${db.dbInstanceIdentifier} is private`,
      ),
    );
  },
});
