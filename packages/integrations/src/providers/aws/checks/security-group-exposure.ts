import type { AwsIngressRule, AwsSecurityGroupRecord } from '../evidence';
import { anywhereIpv4, anywhereIpv6 } from './check-values';

/** Sources of the rule that mean "the whole internet". */
export function openSources(rule: AwsIngressRule): string[] {
  return [
    ...rule.ipv4Ranges.filter((c) => c === anywhereIpv4),
    ...rule.ipv6Ranges.filter((c) => c === anywhereIpv6),
  ];
}

/** Whether the rule admits TCP traffic to `port` (protocol -1 admits everything). */
export function admitsTcpPort(rule: AwsIngressRule, port: number): boolean {
  if (rule.ipProtocol === '-1' || rule.ipProtocol === 'all') {
    return true;
  }
  if (rule.ipProtocol !== 'tcp' && rule.ipProtocol !== '6') {
    return false;
  }
  return (rule.fromPort ?? 0) <= port && port <= (rule.toPort ?? 65535);
}

/** Whether the rule admits every port of every protocol, or every port of TCP/UDP. */
export function admitsAllTraffic(rule: AwsIngressRule): boolean {
  if (rule.ipProtocol === '-1' || rule.ipProtocol === 'all') {
    return true;
  }
  const wide = (rule.fromPort ?? 0) <= 0 && (rule.toPort ?? 65535) >= 65535;
  return (
    (rule.ipProtocol === 'tcp' ||
      rule.ipProtocol === 'udp' ||
      rule.ipProtocol === '6' ||
      rule.ipProtocol === '17') &&
    wide
  );
}

/** The internet-open sources of the group's rules that match `matches`, described for a finding. */
export function internetExposure(
  group: AwsSecurityGroupRecord,
  matches: (rule: AwsIngressRule) => boolean,
): string[] {
  return group.ingress
    .filter(matches)
    .flatMap((rule) =>
      openSources(rule).map(
        (source) =>
          `${rule.ipProtocol === '-1' ? 'all traffic' : `${rule.ipProtocol} ${rule.fromPort ?? 0}-${rule.toPort ?? 65535}`} from ${source}`,
      ),
    );
}

export function groupRef(group: AwsSecurityGroupRecord) {
  return { type: 'aws-security-group', id: group.groupId, name: group.groupName };
}
