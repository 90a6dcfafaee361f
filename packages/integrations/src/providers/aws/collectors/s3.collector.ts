import {
  type Bucket,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import {
  type AwsAccountPublicAccessBlockEvidence,
  type AwsBucketRecord,
  type AwsBucketsEvidence,
  awsEvidence,
  type AwsPublicAccessBlock,
} from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, mapWithConcurrency, orNotFound } from './aws-values';

/**
 * S3 buckets (encryption, public access block, versioning) and the account-wide public access block.
 * API calls: s3:ListBuckets, per bucket s3:GetBucketLocation, GetBucketEncryption, GetPublicAccessBlock,
 * GetBucketVersioning; s3-control:GetPublicAccessBlock for the account.
 * Permissions: s3:ListAllMyBuckets, s3:GetBucketLocation, s3:GetEncryptionConfiguration,
 * s3:GetBucketPublicAccessBlock, s3:GetBucketVersioning, s3:GetAccountPublicAccessBlock.
 */
export const awsS3Collector = defineCollector<AwsClients, AwsSettings>({
  id: 's3',
  produces: [awsEvidence.buckets, awsEvidence.accountPublicAccessBlock],
  permissions: [
    's3:ListAllMyBuckets',
    's3:GetBucketLocation',
    's3:GetEncryptionConfiguration',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketVersioning',
    's3:GetAccountPublicAccessBlock',
  ],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const account = await awsCall('s3:GetAccountPublicAccessBlock', () =>
      orNotFound(['NoSuchPublicAccessBlockConfiguration'], () =>
        clients.s3Control.send(new GetAccountPublicAccessBlockCommand({ AccountId: accountId })),
      ),
    );
    const listed = await awsCall('s3:ListAllMyBuckets', async () => {
      const buckets: Bucket[] = [];
      for await (const page of paginateListBuckets({ client: clients.s3 }, {})) {
        buckets.push(...(page.Buckets ?? []));
      }
      return buckets;
    });
    const buckets = await mapWithConcurrency(listed, 8, (bucket) =>
      describeBucket(clients, bucket.Name ?? ''),
    );
    const collectedAt = now().toISOString();
    const bucketsContent: AwsBucketsEvidence = { accountId, buckets: buckets.sort(byKey((b) => b.name)) };
    const accountContent: AwsAccountPublicAccessBlockEvidence = {
      accountId,
      configuration: account?.PublicAccessBlockConfiguration
        ? publicAccessBlock(account.PublicAccessBlockConfiguration)
        : null,
    };
    return [
      { kind: awsEvidence.buckets, collectedAt, content: bucketsContent },
      { kind: awsEvidence.accountPublicAccessBlock, collectedAt, content: accountContent },
    ];
  },
});

async function describeBucket(clients: AwsClients, Bucket: string): Promise<AwsBucketRecord> {
  const location = await awsCall('s3:GetBucketLocation', () =>
    clients.s3.send(new GetBucketLocationCommand({ Bucket })),
  );
  const encryption = await awsCall('s3:GetEncryptionConfiguration', () =>
    orNotFound(['ServerSideEncryptionConfigurationNotFoundError'], () =>
      clients.s3.send(new GetBucketEncryptionCommand({ Bucket })),
    ),
  );
  const block = await awsCall('s3:GetBucketPublicAccessBlock', () =>
    orNotFound(['NoSuchPublicAccessBlockConfiguration'], () =>
      clients.s3.send(new GetPublicAccessBlockCommand({ Bucket })),
    ),
  );
  const versioning = await awsCall('s3:GetBucketVersioning', () =>
    clients.s3.send(new GetBucketVersioningCommand({ Bucket })),
  );
  const rule = encryption?.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
  return {
    name: Bucket,
    // An empty LocationConstraint means us-east-1 (S3's oldest region).
    region: location.LocationConstraint || 'us-east-1',
    encryption: rule?.SSEAlgorithm
      ? { algorithm: rule.SSEAlgorithm, kmsMasterKeyId: rule.KMSMasterKeyID ?? null }
      : null,
    publicAccessBlock: block?.PublicAccessBlockConfiguration
      ? publicAccessBlock(block.PublicAccessBlockConfiguration)
      : null,
    versioning:
      versioning.Status === 'Enabled' || versioning.Status === 'Suspended' ? versioning.Status : 'Disabled',
  };
}

function publicAccessBlock(configuration: PublicAccessBlockConfiguration): AwsPublicAccessBlock {
  return {
    blockPublicAcls: configuration.BlockPublicAcls ?? false,
    ignorePublicAcls: configuration.IgnorePublicAcls ?? false,
    blockPublicPolicy: configuration.BlockPublicPolicy ?? false,
    restrictPublicBuckets: configuration.RestrictPublicBuckets ?? false,
  };
}
