import { type AwsIpPermissionData, isoDate } from '../data';
import { type AwsCall, type AwsReply, ec2Response, page, unknownOperation } from '../protocol';
import { el, list, text } from '../xml';

/**
 * EC2 over the EC2 Query protocol: lower-camel element names, lists as `<item>`, no Result wrapper.
 * Filters are not interpreted: collectors list everything and join client-side.
 */
export function handleEc2(call: AwsCall): AwsReply {
  const { data, params } = call;
  const size = params.MaxResults ? Number(params.MaxResults) : undefined;
  const nextToken = (next: string | undefined) => (next ? [text('nextToken', next)] : []);
  switch (call.action) {
    case 'DescribeSecurityGroups': {
      const { items, next } = page(data.ec2.securityGroups, size, params.NextToken);
      return ec2Response(call, [
        list('securityGroupInfo', 'item', items, (group) => [
          text('ownerId', data.accountId),
          text('groupId', group.groupId),
          text('groupName', group.groupName),
          text('groupDescription', group.description),
          text('vpcId', group.vpcId),
          list('ipPermissions', 'item', group.ipPermissions, permissionXml),
          list(
            'ipPermissionsEgress',
            'item',
            [{ ipProtocol: '-1', ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
            permissionXml,
          ),
          text(
            'securityGroupArn',
            `arn:aws:ec2:${call.region}:${data.accountId}:security-group/${group.groupId}`,
          ),
        ]),
        ...nextToken(next),
      ]);
    }
    case 'GetEbsEncryptionByDefault':
      return ec2Response(call, [
        text('ebsEncryptionByDefault', data.ec2.ebsEncryptionByDefault),
        text('sseType', 'sse-ebs'),
      ]);
    case 'DescribeVpcs': {
      const { items, next } = page(data.ec2.vpcs, size, params.NextToken);
      return ec2Response(call, [
        list('vpcSet', 'item', items, (vpc) => [
          text('vpcId', vpc.vpcId),
          text('ownerId', data.accountId),
          text('state', 'available'),
          text('cidrBlock', vpc.cidrBlock),
          list('cidrBlockAssociationSet', 'item', [vpc], (v) => [
            text('cidrBlock', v.cidrBlock),
            text('associationId', `vpc-cidr-assoc-${v.vpcId.slice(4)}`),
            el('cidrBlockState', [text('state', 'associated')]),
          ]),
          text('dhcpOptionsId', 'dopt-0a1b2c3d'),
          text('instanceTenancy', 'default'),
          text('isDefault', vpc.isDefault),
          vpc.name
            ? list('tagSet', 'item', [vpc.name], (name) => [text('key', 'Name'), text('value', name)])
            : '',
        ]),
        ...nextToken(next),
      ]);
    }
    case 'DescribeFlowLogs': {
      const { items, next } = page(data.ec2.flowLogs, size, params.NextToken);
      return ec2Response(call, [
        list('flowLogSet', 'item', items, (log) => [
          text('creationTime', isoDate(log.creationTime)),
          text('deliverLogsStatus', 'SUCCESS'),
          text('flowLogId', log.flowLogId),
          text('flowLogStatus', log.status),
          text('resourceId', log.resourceId),
          text('trafficType', log.trafficType),
          text('logDestinationType', log.logDestinationType),
          text('logDestination', log.logDestination),
          text(
            'logFormat',
            '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
          ),
          text('maxAggregationInterval', 600),
        ]),
        ...nextToken(next),
      ]);
    }
    default:
      throw unknownOperation(call);
  }
}

function permissionXml(permission: AwsIpPermissionData): string[] {
  return [
    text('ipProtocol', permission.ipProtocol),
    text('fromPort', permission.fromPort),
    text('toPort', permission.toPort),
    el('groups', []),
    list('ipRanges', 'item', permission.ipRanges ?? [], (r) => [
      text('cidrIp', r.cidrIp),
      text('description', r.description),
    ]),
    list('ipv6Ranges', 'item', permission.ipv6Ranges ?? [], (r) => [
      text('cidrIpv6', r.cidrIpv6),
      text('description', r.description),
    ]),
    el('prefixListIds', []),
  ];
}
