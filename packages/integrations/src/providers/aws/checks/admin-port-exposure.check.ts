import { defineCheck, type CheckDefinition } from '../../../core/check';
import { awsEvidence, type AwsSecurityGroupsEvidence } from '../evidence';
import { admitsTcpPort, groupRef, internetExposure } from './security-group-exposure';

/**
 * Builds "no security group opens <administrative port> to the internet": one finding per security group, failing
 * when a rule admits the TCP port (or all traffic) from 0.0.0.0/0 or ::/0.
 * Criteria: CC6.6, CC6.1. Evidence: aws.ec2.security-groups (EC2 DescribeSecurityGroups). Permission:
 * ec2:DescribeSecurityGroups.
 */
export function adminPortExposureCheck(spec: { id: string; port: number; service: string }): CheckDefinition {
  return defineCheck({
    id: spec.id,
    provider: 'aws',
    title: `Security groups do not open ${spec.service} (${spec.port}) to the internet`,
    severity: 'high',
    controls: ['KSM-NET-01'],
    criteria: [
      {
        id: 'CC6.6',
        rationale:
          'Administrative ports reachable from anywhere invite brute force and exploits from outside the boundary.',
      },
      {
        id: 'CC6.1',
        rationale: 'Administrative access goes through controlled paths (VPN, SSM Session Manager).',
      },
    ],
    evidence: [awsEvidence.securityGroups],
    remediation: `EC2 → Security groups → <group> → Inbound rules: restrict port ${spec.port} to your VPN or office ranges, or use SSM Session Manager instead.`,
    evaluate: ({ evidence, finding }) => {
      const groups =
        evidence.get<AwsSecurityGroupsEvidence>(awsEvidence.securityGroups)?.content.groups ?? [];
      return groups.map((group) => {
        const exposure = internetExposure(group, (rule) => admitsTcpPort(rule, spec.port));
        const name = `${group.groupName} (${group.groupId})`;
        return finding(
          groupRef(group),
          exposure.length === 0,
          exposure.length === 0
            ? `${name} does not open ${spec.service} to the internet`
            : `${name} opens ${spec.service} to the internet: ${exposure.join(', ')}`,
        );
      });
    },
  });
}
