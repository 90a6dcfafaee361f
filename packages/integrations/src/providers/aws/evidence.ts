/**
 * AWS evidence kinds and their content, exactly as the collectors write them and the checks (and the cross-source
 * offboarding checks) read them. Lists are sorted by id so identical data hashes identically; nothing here is a
 * secret (access key ids are identifiers, not secrets).
 */
export const awsEvidence = {
  accountSummary: 'aws.iam.account-summary',
  credentialReport: 'aws.iam.credential-report',
  users: 'aws.iam.users',
  passwordPolicy: 'aws.iam.password-policy',
  attachedPolicies: 'aws.iam.attached-policies',
  trails: 'aws.cloudtrail.trails',
  buckets: 'aws.s3.buckets',
  accountPublicAccessBlock: 'aws.s3.account-public-access-block',
  securityGroups: 'aws.ec2.security-groups',
  ebsEncryptionByDefault: 'aws.ec2.ebs-encryption-by-default',
  vpcs: 'aws.ec2.vpcs',
  dbInstances: 'aws.rds.db-instances',
  kmsKeys: 'aws.kms.keys',
  guardDutyDetectors: 'aws.guardduty.detectors',
  configRecorders: 'aws.config.recorders',
} as const;

/** `aws.iam.account-summary`: IAM GetAccountSummary's root-account flags. */
export interface AwsAccountSummaryEvidence {
  accountId: string;
  accountMfaEnabled: boolean;
  rootAccessKeysPresent: boolean;
}

export interface AwsCredentialReportKey {
  slot: 1 | 2;
  active: boolean;
  lastRotated: string | null;
  lastUsedDate: string | null;
}

/** One row of the IAM credential report; `user` is `<root_account>` for the root user. */
export interface AwsCredentialReportRow {
  user: string;
  arn: string;
  userCreationTime: string | null;
  /** null for the root user (the report says `not_supported`). */
  passwordEnabled: boolean | null;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKeys: AwsCredentialReportKey[];
}

/** `aws.iam.credential-report`: every row of the IAM credential report (GenerateCredentialReport + GetCredentialReport). */
export interface AwsCredentialReportEvidence {
  accountId: string;
  rows: AwsCredentialReportRow[];
}

export interface AwsIamUserRecord {
  userName: string;
  userId: string;
  arn: string;
  createDate: string | null;
  passwordLastUsed: string | null;
  mfaDevices: string[];
  accessKeys: { accessKeyId: string; status: string; createDate: string | null }[];
}

/** `aws.iam.users`: live IAM users with MFA devices and access keys (ListUsers, ListMFADevices, ListAccessKeys). */
export interface AwsIamUsersEvidence {
  accountId: string;
  users: AwsIamUserRecord[];
}

export interface AwsPasswordPolicy {
  minimumPasswordLength: number | null;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  passwordReusePrevention: number | null;
  maxPasswordAge: number | null;
}

/** `aws.iam.password-policy`: the account password policy, or null when none is set (IAM answers NoSuchEntity). */
export interface AwsPasswordPolicyEvidence {
  accountId: string;
  policy: AwsPasswordPolicy | null;
}

/** `aws.iam.attached-policies`: customer-managed policies attached to any user, group or role, with their default version. */
export interface AwsAttachedPoliciesEvidence {
  accountId: string;
  policies: {
    arn: string;
    name: string;
    attachmentCount: number;
    defaultVersionId: string;
    document: unknown;
  }[];
}

export interface AwsTrailRecord {
  name: string;
  arn: string;
  homeRegion: string | null;
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  logFileValidationEnabled: boolean;
  isLogging: boolean;
  s3BucketName: string | null;
}

/** `aws.cloudtrail.trails`: trails visible in the region (DescribeTrails) with their logging status (GetTrailStatus). */
export interface AwsTrailsEvidence {
  accountId: string;
  region: string;
  trails: AwsTrailRecord[];
}

export interface AwsPublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface AwsBucketRecord {
  name: string;
  region: string;
  /** Default encryption rule, or null when the bucket has none (ServerSideEncryptionConfigurationNotFoundError). */
  encryption: { algorithm: string; kmsMasterKeyId: string | null } | null;
  publicAccessBlock: AwsPublicAccessBlock | null;
  /** `Enabled`, `Suspended`, or `Disabled` when versioning was never turned on. */
  versioning: 'Enabled' | 'Suspended' | 'Disabled';
}

/** `aws.s3.buckets`: every bucket with its encryption, public access block and versioning. */
export interface AwsBucketsEvidence {
  accountId: string;
  buckets: AwsBucketRecord[];
}

/** `aws.s3.account-public-access-block`: S3 Control GetPublicAccessBlock for the account, or null when not configured. */
export interface AwsAccountPublicAccessBlockEvidence {
  accountId: string;
  configuration: AwsPublicAccessBlock | null;
}

export interface AwsIngressRule {
  /** `tcp`, `udp`, `icmp`, a protocol number, or `-1` for all traffic. */
  ipProtocol: string;
  fromPort: number | null;
  toPort: number | null;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
}

export interface AwsSecurityGroupRecord {
  groupId: string;
  groupName: string;
  vpcId: string | null;
  ingress: AwsIngressRule[];
}

/** `aws.ec2.security-groups`: every security group in the region with its inbound rules. */
export interface AwsSecurityGroupsEvidence {
  accountId: string;
  region: string;
  groups: AwsSecurityGroupRecord[];
}

/** `aws.ec2.ebs-encryption-by-default`: whether new EBS volumes in the region are encrypted. */
export interface AwsEbsEncryptionEvidence {
  accountId: string;
  region: string;
  enabled: boolean;
}

export interface AwsVpcRecord {
  vpcId: string;
  isDefault: boolean;
  cidrBlock: string | null;
  flowLogs: { flowLogId: string; status: string; trafficType: string | null }[];
}

/** `aws.ec2.vpcs`: VPCs in the region (DescribeVpcs) with the flow logs attached to each (DescribeFlowLogs). */
export interface AwsVpcsEvidence {
  accountId: string;
  region: string;
  vpcs: AwsVpcRecord[];
}

export interface AwsDbInstanceRecord {
  dbInstanceIdentifier: string;
  arn: string;
  engine: string | null;
  storageEncrypted: boolean;
  backupRetentionPeriod: number;
  publiclyAccessible: boolean;
}

/** `aws.rds.db-instances`: RDS DB instances in the region. */
export interface AwsDbInstancesEvidence {
  accountId: string;
  region: string;
  instances: AwsDbInstanceRecord[];
}

export interface AwsKmsKeyRecord {
  keyId: string;
  arn: string;
  keyManager: string | null;
  keyState: string | null;
  keySpec: string | null;
  origin: string | null;
  /** Rotation status for enabled symmetric customer-managed keys; null for keys where rotation does not apply. */
  rotationEnabled: boolean | null;
}

/** `aws.kms.keys`: KMS keys in the region (ListKeys, DescribeKey, GetKeyRotationStatus). */
export interface AwsKmsKeysEvidence {
  accountId: string;
  region: string;
  keys: AwsKmsKeyRecord[];
}

/** `aws.guardduty.detectors`: GuardDuty detectors in the region and their status. */
export interface AwsGuardDutyEvidence {
  accountId: string;
  region: string;
  detectors: { detectorId: string; status: string }[];
}

export interface AwsConfigRecorderRecord {
  name: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  recording: boolean;
  lastStatus: string | null;
}

/** `aws.config.recorders`: AWS Config recorders in the region with their recording status. */
export interface AwsConfigRecordersEvidence {
  accountId: string;
  region: string;
  recorders: AwsConfigRecorderRecord[];
}
