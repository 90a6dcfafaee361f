import { z } from 'zod';

/** Check thresholds and their documented defaults (docs/integrations/aws.md). */
export const awsCheckDefaults = {
  accessKeyMaxAgeDays: 90,
  unusedCredentialDays: 45,
  passwordMinLength: 14,
  passwordReusePrevention: 24,
  passwordRequireComplexity: true,
  rdsMinBackupRetentionDays: 7,
} as const;

const thresholdFields = {
  accessKeyMaxAgeDays: z
    .number()
    .int()
    .min(1)
    .describe('Oldest an active access key may be, days (default 90)'),
  unusedCredentialDays: z
    .number()
    .int()
    .min(1)
    .describe('Days unused after which a password or key must be disabled (default 45)'),
  passwordMinLength: z.number().int().min(6).max(128).describe('Minimum IAM password length (default 14)'),
  passwordReusePrevention: z
    .number()
    .int()
    .min(1)
    .max(24)
    .describe('Previous passwords that cannot be reused (default 24)'),
  passwordRequireComplexity: z.boolean().describe('Require upper, lower, number and symbol (default true)'),
  rdsMinBackupRetentionDays: z
    .number()
    .int()
    .min(1)
    .max(35)
    .describe('Minimum RDS automated backup retention, days (default 7)'),
};

/**
 * Non-secret settings. `endpoint` sends every service's calls to one URL (the Kushim sandbox, LocalStack, a VPC
 * endpoint proxy). `versionedBuckets` names the buckets that must keep versions; none → that check is not applicable.
 * `maxAttempts` is the SDK's own retry budget (standard mode, default 3) before the worker's retries take over.
 */
export const awsSettingsSchema = z
  .object({
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')
      .optional()
      .describe('Region to audit (default us-east-1)'),
    endpoint: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Send every AWS call to this URL (sandbox, proxy)'),
    versionedBuckets: z
      .array(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name'))
      .max(500)
      .optional()
      .describe('Buckets that must have versioning enabled'),
    accountAlias: z.string().min(1).max(63).optional().describe('Friendly account name shown in findings'),
    maxAttempts: z.number().int().min(1).max(10).optional().describe('SDK attempts per call (default 3)'),
    accessKeyMaxAgeDays: thresholdFields.accessKeyMaxAgeDays.optional(),
    unusedCredentialDays: thresholdFields.unusedCredentialDays.optional(),
    passwordMinLength: thresholdFields.passwordMinLength.optional(),
    passwordReusePrevention: thresholdFields.passwordReusePrevention.optional(),
    passwordRequireComplexity: thresholdFields.passwordRequireComplexity.optional(),
    rdsMinBackupRetentionDays: thresholdFields.rdsMinBackupRetentionDays.optional(),
  })
  .strict();

export type AwsSettings = z.infer<typeof awsSettingsSchema>;

export const defaultAwsRegion = 'us-east-1';

export type AwsCheckSettings = {
  -readonly [K in keyof typeof awsCheckDefaults]: (typeof awsCheckDefaults)[K] extends boolean
    ? boolean
    : number;
} & { versionedBuckets: string[] };

const checkSettingsReader = z.object({
  accessKeyMaxAgeDays: thresholdFields.accessKeyMaxAgeDays.catch(awsCheckDefaults.accessKeyMaxAgeDays),
  unusedCredentialDays: thresholdFields.unusedCredentialDays.catch(awsCheckDefaults.unusedCredentialDays),
  passwordMinLength: thresholdFields.passwordMinLength.catch(awsCheckDefaults.passwordMinLength),
  passwordReusePrevention: thresholdFields.passwordReusePrevention.catch(
    awsCheckDefaults.passwordReusePrevention,
  ),
  passwordRequireComplexity: thresholdFields.passwordRequireComplexity.catch(
    awsCheckDefaults.passwordRequireComplexity,
  ),
  rdsMinBackupRetentionDays: thresholdFields.rdsMinBackupRetentionDays.catch(
    awsCheckDefaults.rdsMinBackupRetentionDays,
  ),
  versionedBuckets: z.array(z.string()).catch([]),
});

/** Reads check thresholds from a check context's settings; absent or invalid values fall back to the defaults. */
export function readAwsCheckSettings(settings: Readonly<Record<string, unknown>>): AwsCheckSettings {
  return checkSettingsReader.parse(settings);
}
