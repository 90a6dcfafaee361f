import { type DBInstance, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { type AwsDbInstancesEvidence, awsEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey } from './aws-values';

/**
 * RDS DB instances: storage encryption, automated backup retention, public accessibility.
 * API calls: rds:DescribeDBInstances (paginated). Permission: rds:DescribeDBInstances.
 */
export const awsRdsCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'rds',
  produces: [awsEvidence.dbInstances],
  permissions: ['rds:DescribeDBInstances'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const instances = await awsCall('rds:DescribeDBInstances', async () => {
      const all: DBInstance[] = [];
      for await (const page of paginateDescribeDBInstances({ client: clients.rds }, {})) {
        all.push(...(page.DBInstances ?? []));
      }
      return all;
    });
    const content: AwsDbInstancesEvidence = {
      accountId,
      region: clients.region,
      instances: instances
        .map((db) => ({
          dbInstanceIdentifier: db.DBInstanceIdentifier ?? '',
          arn: db.DBInstanceArn ?? '',
          engine: db.Engine ?? null,
          storageEncrypted: db.StorageEncrypted ?? false,
          backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
          publiclyAccessible: db.PubliclyAccessible ?? false,
        }))
        .sort(byKey((db) => db.dbInstanceIdentifier)),
    };
    return [{ kind: awsEvidence.dbInstances, collectedAt: now().toISOString(), content }];
  },
});
