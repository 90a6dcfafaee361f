/**
 * The shape of scenarios/<name>/aws.json. Dates are ISO strings or `now-<N>d` (N days before today, midnight UTC),
 * so scenarios stay true over time ("a key created 400 days ago") while identical data still hashes identically
 * within a day.
 */
export interface AwsScenarioData {
  accountId: string;
  accountAlias?: string;
  iam: {
    root: { mfaActive: boolean; passwordLastUsed: string | null; accessKeys: AwsAccessKeyData[] };
    passwordPolicy: AwsPasswordPolicyData | null;
    users: AwsUserData[];
    policies: AwsPolicyData[];
  };
  cloudtrail: { trails: AwsTrailData[] };
  s3: { accountPublicAccessBlock: AwsPublicAccessBlockData | null; buckets: AwsBucketData[] };
  ec2: {
    ebsEncryptionByDefault: boolean;
    securityGroups: AwsSecurityGroupData[];
    vpcs: AwsVpcData[];
    flowLogs: AwsFlowLogData[];
  };
  rds: { instances: AwsDbInstanceData[] };
  kms: { keys: AwsKmsKeyData[] };
  guardduty: { detectors: { detectorId: string; status: 'ENABLED' | 'DISABLED'; createdAt: string }[] };
  config: { recorders: AwsConfigRecorderData[] };
}

export interface AwsAccessKeyData {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsedDate: string | null;
  lastUsedService?: string;
}

export interface AwsUserData {
  userName: string;
  userId: string;
  createDate: string;
  passwordEnabled: boolean;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaDevices: { serialNumber: string; enableDate: string }[];
  accessKeys: AwsAccessKeyData[];
}

export interface AwsPasswordPolicyData {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  ExpirePasswords: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

export interface AwsPolicyData {
  policyName: string;
  policyId: string;
  attachmentCount: number;
  createDate: string;
  document: unknown;
}

export interface AwsTrailData {
  name: string;
  homeRegion: string;
  s3BucketName: string;
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  logFileValidationEnabled: boolean;
  includeGlobalServiceEvents: boolean;
  isLogging: boolean;
}

export interface AwsPublicAccessBlockData {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface AwsBucketData {
  name: string;
  region: string;
  creationDate: string;
  encryption: {
    algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse';
    kmsMasterKeyId?: string;
    bucketKeyEnabled?: boolean;
  } | null;
  publicAccessBlock: AwsPublicAccessBlockData | null;
  versioning: 'Enabled' | 'Suspended' | null;
}

export interface AwsIpPermissionData {
  ipProtocol: string;
  fromPort?: number;
  toPort?: number;
  ipRanges?: { cidrIp: string; description?: string }[];
  ipv6Ranges?: { cidrIpv6: string; description?: string }[];
}

export interface AwsSecurityGroupData {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  ipPermissions: AwsIpPermissionData[];
}

export interface AwsVpcData {
  vpcId: string;
  cidrBlock: string;
  isDefault: boolean;
  name?: string;
}

export interface AwsFlowLogData {
  flowLogId: string;
  resourceId: string;
  status: 'ACTIVE';
  trafficType: 'ACCEPT' | 'REJECT' | 'ALL';
  logDestinationType: 'cloud-watch-logs' | 's3';
  logDestination: string;
  creationTime: string;
}

export interface AwsDbInstanceData {
  dbInstanceIdentifier: string;
  dbInstanceClass: string;
  engine: string;
  engineVersion: string;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  backupRetentionPeriod: number;
  publiclyAccessible: boolean;
  multiAZ: boolean;
  deletionProtection: boolean;
  instanceCreateTime: string;
  allocatedStorage: number;
}

export interface AwsKmsKeyData {
  keyId: string;
  description: string;
  keyManager: 'CUSTOMER' | 'AWS';
  keyState: 'Enabled' | 'Disabled' | 'PendingDeletion';
  keySpec: 'SYMMETRIC_DEFAULT' | 'RSA_2048' | 'HMAC_256';
  keyUsage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC';
  origin: 'AWS_KMS' | 'EXTERNAL';
  creationDate: string;
  rotationEnabled: boolean;
}

export interface AwsConfigRecorderData {
  name: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  recording: boolean;
  lastStatus: 'Pending' | 'Success' | 'Failure';
}

const dayMs = 24 * 60 * 60 * 1000;

/** Resolves `now-<N>d` against the current day (midnight UTC); ISO strings pass through. */
export function resolveDate(value: string, now = new Date()): Date {
  const relative = /^now-(\d+)d$/.exec(value);
  if (relative) {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(midnight - Number(relative[1]) * dayMs);
  }
  return new Date(value);
}

/** ISO 8601 without milliseconds, as AWS's XML APIs write timestamps. */
export function isoDate(value: string): string {
  return resolveDate(value)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Epoch seconds, as AWS's JSON APIs write timestamps. */
export function epochSeconds(value: string): number {
  return Math.floor(resolveDate(value).getTime() / 1000);
}
