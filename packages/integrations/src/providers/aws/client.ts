import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentials } from './credentials';
import { type AwsSettings, defaultAwsRegion } from './settings';

/** One official SDK v3 client per AWS service Kushim reads, all signed with the same credentials. */
export interface AwsClients {
  region: string;
  sts: STSClient;
  iam: IAMClient;
  cloudTrail: CloudTrailClient;
  s3: S3Client;
  s3Control: S3ControlClient;
  ec2: EC2Client;
  rds: RDSClient;
  kms: KMSClient;
  guardDuty: GuardDutyClient;
  config: ConfigServiceClient;
}

interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

type CredentialSource = SessionCredentials | (() => Promise<SessionCredentials>);

/**
 * Builds the clients. With `endpoint` set every service goes to that URL: S3 path-style, and S3 Control with a fixed
 * endpoint because its rules prepend the account id to the host (`<account>.<host>`), which no custom host serves.
 * With `roleArn`, the key pair only signs sts:AssumeRole and the clients use the role's session, refreshed before
 * it expires.
 */
export function createAwsClients(credentials: AwsCredentials, settings: AwsSettings): AwsClients {
  const region = settings.region ?? defaultAwsRegion;
  const endpoint = settings.endpoint;
  const maxAttempts = settings.maxAttempts ?? 3;
  const base: SessionCredentials = {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
  };
  const common = { region, maxAttempts, ...(endpoint ? { endpoint } : {}) };
  const sts = new STSClient({ ...common, credentials: base });
  const session: CredentialSource = credentials.roleArn
    ? assumedRoleCredentials(sts, credentials.roleArn, credentials.externalId)
    : base;
  const config = { ...common, credentials: session };
  return {
    region,
    sts: credentials.roleArn ? new STSClient(config) : sts,
    iam: new IAMClient(config),
    cloudTrail: new CloudTrailClient(config),
    s3: new S3Client({ ...config, forcePathStyle: Boolean(endpoint), followRegionRedirects: true }),
    s3Control: new S3ControlClient({
      ...config,
      ...(endpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
    }),
    ec2: new EC2Client(config),
    rds: new RDSClient(config),
    kms: new KMSClient(config),
    guardDuty: new GuardDutyClient(config),
    config: new ConfigServiceClient(config),
  };
}

/** A credential provider that assumes the role once and again five minutes before the session expires. */
function assumedRoleCredentials(
  sts: STSClient,
  roleArn: string,
  externalId: string | undefined,
): () => Promise<SessionCredentials> {
  let cached: SessionCredentials | undefined;
  return async () => {
    if (cached?.expiration && cached.expiration.getTime() - Date.now() > 5 * 60_000) {
      return cached;
    }
    const { Credentials: session } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'kushim-evidence',
        DurationSeconds: 3600,
        ...(externalId ? { ExternalId: externalId } : {}),
      }),
    );
    if (!session?.AccessKeyId || !session.SecretAccessKey) {
      throw new Error('sts:AssumeRole returned no credentials');
    }
    cached = {
      accessKeyId: session.AccessKeyId,
      secretAccessKey: session.SecretAccessKey,
      ...(session.SessionToken ? { sessionToken: session.SessionToken } : {}),
      ...(session.Expiration ? { expiration: session.Expiration } : {}),
    };
    return cached;
  };
}
