import type { PermissionRequirement } from '../../core/provider';

/**
 * Every IAM action Kushim's collectors call — all read-only. docs/integrations/aws.md turns this list into the IAM
 * policy a customer attaches (the AWS managed `SecurityAudit` policy also covers it).
 */
export const awsPermissions: PermissionRequirement[] = [
  { permission: 'iam:GetAccountSummary', reason: 'Whether the root user has MFA and access keys.' },
  { permission: 'iam:GetAccountPasswordPolicy', reason: 'Read the IAM password policy.' },
  {
    permission: 'iam:GenerateCredentialReport',
    reason: 'Ask IAM to build the credential report (password and key usage).',
  },
  {
    permission: 'iam:GetCredentialReport',
    reason: 'Read the credential report: console access, MFA, key and password last use.',
  },
  { permission: 'iam:ListUsers', reason: 'Inventory IAM users (offboarding cross-checks).' },
  { permission: 'iam:ListMFADevices', reason: "List each user's MFA devices." },
  { permission: 'iam:ListAccessKeys', reason: "List each user's access keys and their age." },
  { permission: 'iam:ListPolicies', reason: 'Find customer-managed policies that are attached.' },
  {
    permission: 'iam:GetPolicyVersion',
    reason: "Read attached policies' documents to find full-admin grants.",
  },
  {
    permission: 'cloudtrail:DescribeTrails',
    reason: 'List trails and their multi-region and log validation settings.',
  },
  { permission: 'cloudtrail:GetTrailStatus', reason: 'Whether each trail is logging.' },
  { permission: 's3:ListAllMyBuckets', reason: 'List buckets.' },
  { permission: 's3:GetBucketLocation', reason: "Find each bucket's region." },
  { permission: 's3:GetEncryptionConfiguration', reason: "Read each bucket's default encryption." },
  { permission: 's3:GetBucketPublicAccessBlock', reason: "Read each bucket's public access block." },
  { permission: 's3:GetBucketVersioning', reason: 'Read versioning on designated buckets.' },
  { permission: 's3:GetAccountPublicAccessBlock', reason: 'Read the account-wide S3 public access block.' },
  { permission: 'ec2:DescribeSecurityGroups', reason: 'Find security groups open to the internet.' },
  { permission: 'ec2:GetEbsEncryptionByDefault', reason: 'Whether new EBS volumes are encrypted.' },
  { permission: 'ec2:DescribeVpcs', reason: 'List VPCs.' },
  { permission: 'ec2:DescribeFlowLogs', reason: "Find each VPC's flow logs." },
  {
    permission: 'rds:DescribeDBInstances',
    reason: 'Read RDS encryption, backup retention and public accessibility.',
  },
  { permission: 'kms:ListKeys', reason: 'List KMS keys.' },
  { permission: 'kms:DescribeKey', reason: 'Tell customer-managed keys from AWS-managed ones.' },
  { permission: 'kms:GetKeyRotationStatus', reason: 'Whether customer-managed keys rotate.' },
  { permission: 'guardduty:ListDetectors', reason: 'Find the GuardDuty detector.' },
  { permission: 'guardduty:GetDetector', reason: 'Whether the detector is enabled.' },
  { permission: 'config:DescribeConfigurationRecorders', reason: 'Read AWS Config recorders.' },
  { permission: 'config:DescribeConfigurationRecorderStatus', reason: 'Whether each recorder is recording.' },
];
