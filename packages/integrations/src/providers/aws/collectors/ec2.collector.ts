import {
  type FlowLog,
  GetEbsEncryptionByDefaultCommand,
  type IpPermission,
  paginateDescribeFlowLogs,
  paginateDescribeSecurityGroups,
  paginateDescribeVpcs,
  type SecurityGroup,
  type Vpc,
} from '@aws-sdk/client-ec2';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import {
  type AwsEbsEncryptionEvidence,
  awsEvidence,
  type AwsIngressRule,
  type AwsSecurityGroupsEvidence,
  type AwsVpcsEvidence,
} from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey } from './aws-values';

/**
 * Security groups with their inbound rules, EBS default encryption, VPCs and their flow logs (one region).
 * API calls: ec2:DescribeSecurityGroups, ec2:GetEbsEncryptionByDefault, ec2:DescribeVpcs, ec2:DescribeFlowLogs.
 * Permissions: the same four ec2 actions.
 */
export const awsEc2Collector = defineCollector<AwsClients, AwsSettings>({
  id: 'ec2',
  produces: [awsEvidence.securityGroups, awsEvidence.ebsEncryptionByDefault, awsEvidence.vpcs],
  permissions: [
    'ec2:DescribeSecurityGroups',
    'ec2:GetEbsEncryptionByDefault',
    'ec2:DescribeVpcs',
    'ec2:DescribeFlowLogs',
  ],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const region = clients.region;
    const groups = await awsCall('ec2:DescribeSecurityGroups', async () => {
      const all: SecurityGroup[] = [];
      for await (const page of paginateDescribeSecurityGroups({ client: clients.ec2 }, {})) {
        all.push(...(page.SecurityGroups ?? []));
      }
      return all;
    });
    const ebs = await awsCall('ec2:GetEbsEncryptionByDefault', () =>
      clients.ec2.send(new GetEbsEncryptionByDefaultCommand({})),
    );
    const vpcs = await awsCall('ec2:DescribeVpcs', async () => {
      const all: Vpc[] = [];
      for await (const page of paginateDescribeVpcs({ client: clients.ec2 }, {})) {
        all.push(...(page.Vpcs ?? []));
      }
      return all;
    });
    const flowLogs = await awsCall('ec2:DescribeFlowLogs', async () => {
      const all: FlowLog[] = [];
      for await (const page of paginateDescribeFlowLogs({ client: clients.ec2 }, {})) {
        all.push(...(page.FlowLogs ?? []));
      }
      return all;
    });
    const collectedAt = now().toISOString();
    const groupsContent: AwsSecurityGroupsEvidence = {
      accountId,
      region,
      groups: groups
        .map((group) => ({
          groupId: group.GroupId ?? '',
          groupName: group.GroupName ?? '',
          vpcId: group.VpcId ?? null,
          ingress: (group.IpPermissions ?? []).map(ingressRule),
        }))
        .sort(byKey((g) => g.groupId)),
    };
    const ebsContent: AwsEbsEncryptionEvidence = {
      accountId,
      region,
      enabled: ebs.EbsEncryptionByDefault ?? false,
    };
    const vpcsContent: AwsVpcsEvidence = {
      accountId,
      region,
      vpcs: vpcs
        .map((vpc) => ({
          vpcId: vpc.VpcId ?? '',
          isDefault: vpc.IsDefault ?? false,
          cidrBlock: vpc.CidrBlock ?? null,
          flowLogs: flowLogs
            .filter((log) => log.ResourceId === vpc.VpcId)
            .map((log) => ({
              flowLogId: log.FlowLogId ?? '',
              status: log.FlowLogStatus ?? 'UNKNOWN',
              trafficType: log.TrafficType ?? null,
            }))
            .sort(byKey((log) => log.flowLogId)),
        }))
        .sort(byKey((v) => v.vpcId)),
    };
    return [
      { kind: awsEvidence.securityGroups, collectedAt, content: groupsContent },
      { kind: awsEvidence.ebsEncryptionByDefault, collectedAt, content: ebsContent },
      { kind: awsEvidence.vpcs, collectedAt, content: vpcsContent },
    ];
  },
});

function ingressRule(permission: IpPermission): AwsIngressRule {
  return {
    ipProtocol: permission.IpProtocol ?? '-1',
    fromPort: permission.FromPort ?? null,
    toPort: permission.ToPort ?? null,
    ipv4Ranges: (permission.IpRanges ?? []).flatMap((range) => (range.CidrIp ? [range.CidrIp] : [])).sort(),
    ipv6Ranges: (permission.Ipv6Ranges ?? [])
      .flatMap((range) => (range.CidrIpv6 ? [range.CidrIpv6] : []))
      .sort(),
  };
}
