import { z } from 'zod';

/**
 * AWS credentials: an access key pair (optionally with a session token), and optionally a role to assume with an
 * external id — the production setup documented in docs/integrations/aws.md (a read-only role in the customer's
 * account trusting Kushim's principal, `sts:ExternalId` condition against the confused-deputy problem).
 */
export const awsCredentialSchema = z
  .object({
    accessKeyId: z
      .string()
      .min(1)
      .max(128)
      .describe('Access key id of the principal Kushim signs requests with'),
    secretAccessKey: z.string().min(1).describe('Secret access key'),
    sessionToken: z.string().min(1).optional().describe('Session token, for temporary credentials'),
    roleArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, 'must be an IAM role ARN')
      .optional()
      .describe('Read-only role to assume in the audited account (recommended)'),
    externalId: z.string().min(2).max(1224).optional().describe('External id the role trust policy requires'),
  })
  .strict()
  .refine((credentials) => !credentials.externalId || credentials.roleArn, {
    message: 'externalId needs roleArn',
    path: ['externalId'],
  });

export type AwsCredentials = z.infer<typeof awsCredentialSchema>;
