import {
  paginateListAccessKeys,
  paginateListMFADevices,
  paginateListUsers,
  type User,
} from '@aws-sdk/client-iam';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { awsEvidence, type AwsIamUserRecord, type AwsIamUsersEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, isoOrNull, mapWithConcurrency } from './aws-values';

/**
 * Live inventory of IAM users with their MFA devices and access keys (the credential report can be hours old).
 * API calls: iam:ListUsers, then per user iam:ListMFADevices and iam:ListAccessKeys (all paginated).
 * Permissions: iam:ListUsers, iam:ListMFADevices, iam:ListAccessKeys.
 */
export const awsIamUsersCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'iam-users',
  produces: [awsEvidence.users],
  permissions: ['iam:ListUsers', 'iam:ListMFADevices', 'iam:ListAccessKeys'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const listed = await awsCall('iam:ListUsers', async () => {
      const users: User[] = [];
      for await (const page of paginateListUsers({ client: clients.iam }, {})) {
        users.push(...(page.Users ?? []));
      }
      return users;
    });
    const users = await mapWithConcurrency(listed, 8, (user) => describeUser(clients, user));
    const content: AwsIamUsersEvidence = { accountId, users: users.sort(byKey((u) => u.userName)) };
    return [{ kind: awsEvidence.users, collectedAt: now().toISOString(), content }];
  },
});

async function describeUser(clients: AwsClients, user: User): Promise<AwsIamUserRecord> {
  const UserName = user.UserName;
  const mfaDevices = await awsCall('iam:ListMFADevices', async () => {
    const serials: string[] = [];
    for await (const page of paginateListMFADevices({ client: clients.iam }, { UserName })) {
      serials.push(...(page.MFADevices ?? []).map((device) => device.SerialNumber ?? ''));
    }
    return serials.filter(Boolean).sort();
  });
  const accessKeys = await awsCall('iam:ListAccessKeys', async () => {
    const keys: AwsIamUserRecord['accessKeys'] = [];
    for await (const page of paginateListAccessKeys({ client: clients.iam }, { UserName })) {
      for (const key of page.AccessKeyMetadata ?? []) {
        keys.push({
          accessKeyId: key.AccessKeyId ?? '',
          status: key.Status ?? 'Unknown',
          createDate: isoOrNull(key.CreateDate),
        });
      }
    }
    return keys.sort(byKey((k) => k.accessKeyId));
  });
  return {
    userName: UserName ?? '',
    userId: user.UserId ?? '',
    arn: user.Arn ?? '',
    createDate: isoOrNull(user.CreateDate),
    passwordLastUsed: isoOrNull(user.PasswordLastUsed),
    mfaDevices,
    accessKeys,
  };
}
