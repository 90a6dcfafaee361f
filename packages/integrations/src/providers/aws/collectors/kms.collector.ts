import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  type KeyListEntry,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { awsEvidence, type AwsKmsKeysEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, mapWithConcurrency } from './aws-values';

/**
 * KMS keys and, for enabled symmetric customer-managed keys with KMS key material, whether automatic rotation is on
 * (rotation does not apply to AWS-managed, asymmetric, HMAC, imported or disabled keys).
 * API calls: kms:ListKeys, kms:DescribeKey, kms:GetKeyRotationStatus.
 * Permissions: kms:ListKeys, kms:DescribeKey, kms:GetKeyRotationStatus.
 */
export const awsKmsCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'kms',
  produces: [awsEvidence.kmsKeys],
  permissions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const listed = await awsCall('kms:ListKeys', async () => {
      const all: KeyListEntry[] = [];
      for await (const page of paginateListKeys({ client: clients.kms }, {})) {
        all.push(...(page.Keys ?? []));
      }
      return all;
    });
    const keys = await mapWithConcurrency(listed, 8, async (entry) => {
      const described = await awsCall('kms:DescribeKey', () =>
        clients.kms.send(new DescribeKeyCommand({ KeyId: entry.KeyId })),
      );
      const meta = described.KeyMetadata;
      const rotatable =
        meta?.KeyManager === 'CUSTOMER' &&
        meta.KeyState === 'Enabled' &&
        meta.KeySpec === 'SYMMETRIC_DEFAULT' &&
        meta.Origin === 'AWS_KMS';
      const rotation = rotatable
        ? await awsCall('kms:GetKeyRotationStatus', () =>
            clients.kms.send(new GetKeyRotationStatusCommand({ KeyId: entry.KeyId })),
          )
        : undefined;
      return {
        keyId: entry.KeyId ?? '',
        arn: meta?.Arn ?? entry.KeyArn ?? '',
        keyManager: meta?.KeyManager ?? null,
        keyState: meta?.KeyState ?? null,
        keySpec: meta?.KeySpec ?? null,
        origin: meta?.Origin ?? null,
        rotationEnabled: rotation ? (rotation.KeyRotationEnabled ?? false) : null,
      };
    });
    const content: AwsKmsKeysEvidence = {
      accountId,
      region: clients.region,
      keys: keys.sort(byKey((k) => k.keyId)),
    };
    return [{ kind: awsEvidence.kmsKeys, collectedAt: now().toISOString(), content }];
  },
});
