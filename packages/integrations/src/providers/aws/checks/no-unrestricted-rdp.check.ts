import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsSecurityGroupsEvidence } from '../evidence';
import { admitsTcpPort, groupRef, internetExposure } from './security-group-exposure';

/**
 * No security group admits RDP (TCP 3389) from 0.0.0.0/0 or ::/0, including through an all-traffic rule. One
 * finding per security group.
 * Criteria: CC6.6. Evidence: aws.ec2.security-groups (EC2 DescribeSecurityGroups). Permission: ec2:DescribeSecurityGroups.
 */
export const awsNoUnrestrictedRdpCheck = defineCheck({
  id: 'aws.ec2.no-unrestricted-rdp',
  provider: 'aws',
  title: 'Security groups do not open RDP (3389) to the internet',
  severity: 'high',
  controls: ['KSM-NET-01'],
  criteria: [
    { id: 'CC6.6', rationale: 'Administrative ports reachable from anywhere invite brute force and exploits from outside the boundary.' },
    { id: 'CC6.1', rationale: 'Administrative access goes through controlled paths (VPN, SSM Session Manager).' },
  ],
  evidence: [awsEvidence.securityGroups],
  remediation: 'EC2 → Security groups → <group> → Inbound rules: restrict port 3389 to your VPN or office ranges, or use SSM Session Manager instead.',
  evaluate: ({ evidence, finding }) => {
    const groups = evidence.get<AwsSecurityGroupsEvidence>(awsEvidence.securityGroups)?.content.groups ?? [];
    return groups.map((group) => {
      const exposure = internetExposure(group, (rule) => admitsTcpPort(rule, 3389));
      return finding(
        groupRef(group),
        exposure.length === 0,
        exposure.length === 0
          ? `${group.groupName} (${group.groupId}) does not open RDP to the internet`
          : `${group.groupName} (${group.groupId}) opens RDP to the internet: ${exposure.join(', ')}`,
      );
    });
  },
});
