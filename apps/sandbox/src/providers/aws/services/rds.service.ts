import { isoDate } from '../data';
import { type AwsCall, type AwsReply, page, queryResponse, unknownOperation } from '../protocol';
import { el, list, text } from '../xml';

export const rdsNamespace = 'http://rds.amazonaws.com/doc/2014-10-31/';

/** RDS over the Query protocol: DescribeDBInstances with Marker/MaxRecords paging. */
export function handleRds(call: AwsCall): AwsReply {
  const { data, params } = call;
  if (call.action !== 'DescribeDBInstances') {
    throw unknownOperation(call);
  }
  const { items, next } = page(
    data.rds.instances,
    params.MaxRecords ? Number(params.MaxRecords) : undefined,
    params.Marker,
  );
  return queryResponse(call, rdsNamespace, [
    list('DBInstances', 'DBInstance', items, (db) => [
      text('DBInstanceIdentifier', db.dbInstanceIdentifier),
      text('DBInstanceClass', db.dbInstanceClass),
      text('Engine', db.engine),
      text('EngineVersion', db.engineVersion),
      text('DBInstanceStatus', 'available'),
      text('MasterUsername', 'postgres'),
      el('Endpoint', [
        text('Address', `${db.dbInstanceIdentifier}.c9akciq32.${call.region}.rds.amazonaws.com`),
        text('Port', 5432),
        text('HostedZoneId', 'Z2R2ITUGPM61AM'),
      ]),
      text('AllocatedStorage', db.allocatedStorage),
      text('InstanceCreateTime', isoDate(db.instanceCreateTime)),
      text('PreferredBackupWindow', '03:00-03:30'),
      text('BackupRetentionPeriod', db.backupRetentionPeriod),
      text('AvailabilityZone', `${call.region}a`),
      text('MultiAZ', db.multiAZ),
      text('AutoMinorVersionUpgrade', true),
      text('PubliclyAccessible', db.publiclyAccessible),
      text('StorageType', 'gp3'),
      text('StorageEncrypted', db.storageEncrypted),
      text('KmsKeyId', db.kmsKeyId),
      text('DbiResourceId', `db-${db.dbInstanceIdentifier.toUpperCase().replace(/[^A-Z0-9]/g, '')}`),
      text('DBInstanceArn', `arn:aws:rds:${call.region}:${data.accountId}:db:${db.dbInstanceIdentifier}`),
      text('DeletionProtection', db.deletionProtection),
    ]),
    next ? text('Marker', next) : '',
  ]);
}
