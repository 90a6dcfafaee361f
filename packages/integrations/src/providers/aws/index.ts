import { defineProvider } from '../../core/provider';
import { awsChecks } from './checks';
import { type AwsClients, createAwsClients } from './client';
import { awsCloudTrailCollector } from './collectors/cloudtrail.collector';
import { awsConfigCollector } from './collectors/config.collector';
import { awsEc2Collector } from './collectors/ec2.collector';
import { awsGuardDutyCollector } from './collectors/guardduty.collector';
import { awsIamAccountCollector } from './collectors/iam-account.collector';
import { awsIamCredentialReportCollector } from './collectors/iam-credential-report.collector';
import { awsIamPoliciesCollector } from './collectors/iam-policies.collector';
import { awsIamUsersCollector } from './collectors/iam-users.collector';
import { awsKmsCollector } from './collectors/kms.collector';
import { awsRdsCollector } from './collectors/rds.collector';
import { awsS3Collector } from './collectors/s3.collector';
import { type AwsCredentials, awsCredentialSchema } from './credentials';
import { classifyAwsError } from './errors';
import { awsPermissions } from './permissions';
import { type AwsSettings, awsSettingsSchema } from './settings';
import { testAwsConnection } from './test-connection';

export { awsEvidence } from './evidence';
export type * from './evidence';
export type { AwsClients } from './client';
export type { AwsCredentials } from './credentials';
export type { AwsSettings } from './settings';

export const awsProvider = defineProvider<AwsCredentials, AwsSettings, AwsClients>({
  id: 'aws',
  name: 'Amazon Web Services',
  description:
    'Cloud account: root and IAM user hygiene, password policy, admin policies, CloudTrail, S3, security groups, EBS, RDS, KMS, GuardDuty, Config, VPC flow logs.',
  credentialSchema: awsCredentialSchema,
  settingsSchema: awsSettingsSchema,
  permissions: awsPermissions,
  createClient: createAwsClients,
  testConnection: (clients) => testAwsConnection(clients),
  collectors: [
    awsIamAccountCollector,
    awsIamCredentialReportCollector,
    awsIamUsersCollector,
    awsIamPoliciesCollector,
    awsCloudTrailCollector,
    awsS3Collector,
    awsEc2Collector,
    awsRdsCollector,
    awsKmsCollector,
    awsGuardDutyCollector,
    awsConfigCollector,
  ],
  checks: awsChecks,
  classifyError: classifyAwsError,
});
