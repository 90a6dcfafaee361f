import { awsAccessKeysRotatedCheck } from './access-keys-rotated.check';
import { awsCloudTrailLogValidationCheck } from './cloudtrail-log-validation.check';
import { awsCloudTrailLoggingCheck } from './cloudtrail-logging.check';
import { awsCloudTrailMultiRegionCheck } from './cloudtrail-multi-region.check';
import { awsConfigRecorderCheck } from './config-recorder.check';
import { awsConsoleUsersMfaCheck } from './console-users-mfa.check';
import { awsEbsEncryptionByDefaultCheck } from './ebs-encryption-by-default.check';
import { awsGuardDutyEnabledCheck } from './guardduty-enabled.check';
import { awsKmsKeyRotationCheck } from './kms-key-rotation.check';
import { awsNoFullAdminPolicyCheck } from './no-full-admin-policy.check';
import { awsNoUnrestrictedAllTrafficCheck } from './no-unrestricted-all-traffic.check';
import { awsNoUnrestrictedRdpCheck } from './no-unrestricted-rdp.check';
import { awsNoUnrestrictedSshCheck } from './no-unrestricted-ssh.check';
import { awsPasswordPolicyCheck } from './password-policy.check';
import { awsRdsBackupRetentionCheck } from './rds-backup-retention.check';
import { awsRdsNotPublicCheck } from './rds-not-public.check';
import { awsRdsStorageEncryptedCheck } from './rds-storage-encrypted.check';
import { awsRootMfaCheck } from './root-mfa.check';
import { awsRootNoAccessKeysCheck } from './root-no-access-keys.check';
import { awsS3AccountPublicAccessBlockCheck } from './s3-account-public-access-block.check';
import { awsS3BucketPublicAccessBlockCheck } from './s3-bucket-public-access-block.check';
import { awsS3DefaultEncryptionCheck } from './s3-default-encryption.check';
import { awsS3VersioningCheck } from './s3-versioning.check';
import { awsUnusedCredentialsCheck } from './unused-credentials.check';
import { awsVpcFlowLogsCheck } from './vpc-flow-logs.check';

/** Every AWS check, in the order the docs list them. */
export const awsChecks = [
  awsRootMfaCheck,
  awsRootNoAccessKeysCheck,
  awsConsoleUsersMfaCheck,
  awsAccessKeysRotatedCheck,
  awsUnusedCredentialsCheck,
  awsPasswordPolicyCheck,
  awsNoFullAdminPolicyCheck,
  awsCloudTrailMultiRegionCheck,
  awsCloudTrailLoggingCheck,
  awsCloudTrailLogValidationCheck,
  awsS3DefaultEncryptionCheck,
  awsS3AccountPublicAccessBlockCheck,
  awsS3BucketPublicAccessBlockCheck,
  awsS3VersioningCheck,
  awsNoUnrestrictedSshCheck,
  awsNoUnrestrictedRdpCheck,
  awsNoUnrestrictedAllTrafficCheck,
  awsEbsEncryptionByDefaultCheck,
  awsVpcFlowLogsCheck,
  awsRdsStorageEncryptedCheck,
  awsRdsBackupRetentionCheck,
  awsRdsNotPublicCheck,
  awsKmsKeyRotationCheck,
  awsGuardDutyEnabledCheck,
  awsConfigRecorderCheck,
];
