import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import type { ConnectionTestResult } from '../../core/provider';
import { IntegrationPermissionError } from '../../core/errors';
import type { AwsClients } from './client';
import { awsCall } from './collectors/aws-call';
import { accountIdOf } from './collectors/aws-values';
import { classifyAwsError } from './errors';

/**
 * Confirms the credentials (sts:GetCallerIdentity), then makes one cheap read per service Kushim uses; a denied read
 * names the IAM action to add. Rejected credentials or an unreachable endpoint stop at the first call.
 */
export async function testAwsConnection(clients: AwsClients): Promise<ConnectionTestResult> {
  let accountId: string;
  try {
    accountId = await accountIdOf(clients);
  } catch (error) {
    return { ok: false, message: classifyAwsError(error).message, missingPermissions: [] };
  }
  const probes: [string, () => Promise<unknown>][] = [
    ['iam:GetAccountSummary', () => clients.iam.send(new GetAccountSummaryCommand({}))],
    ['cloudtrail:DescribeTrails', () => clients.cloudTrail.send(new DescribeTrailsCommand({}))],
    ['s3:ListAllMyBuckets', () => clients.s3.send(new ListBucketsCommand({ MaxBuckets: 1 }))],
    ['ec2:DescribeVpcs', () => clients.ec2.send(new DescribeVpcsCommand({ MaxResults: 5 }))],
    ['rds:DescribeDBInstances', () => clients.rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }))],
    ['kms:ListKeys', () => clients.kms.send(new ListKeysCommand({ Limit: 1 }))],
    ['guardduty:ListDetectors', () => clients.guardDuty.send(new ListDetectorsCommand({ MaxResults: 1 }))],
    [
      'config:DescribeConfigurationRecorders',
      () => clients.config.send(new DescribeConfigurationRecordersCommand({})),
    ],
  ];
  const missing: string[] = [];
  for (const [action, probe] of probes) {
    try {
      await awsCall(action, probe);
    } catch (error) {
      const typed = classifyAwsError(error);
      if (typed instanceof IntegrationPermissionError) {
        missing.push(...(typed.missingPermissions.length > 0 ? typed.missingPermissions : [action]));
        continue;
      }
      return {
        ok: false,
        message: `Could not read AWS account ${accountId}: ${typed.message}`,
        missingPermissions: [],
      };
    }
  }
  return missing.length === 0
    ? {
        ok: true,
        message: `Connected to AWS account ${accountId} in ${clients.region} with the read access Kushim needs.`,
        missingPermissions: [],
      }
    : {
        ok: false,
        message: `Connected to AWS account ${accountId}, but the principal lacks: ${missing.join(', ')}.`,
        missingPermissions: missing,
      };
}
