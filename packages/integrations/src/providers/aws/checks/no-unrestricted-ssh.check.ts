import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsSecurityGroupsEvidence } from '../evidence';
import { admitsTcpPort, groupRef, internetExposure } from './security-group-exposure';

/**
 * No security group admits SSH (TCP 22) from 0.0.0.0/0 or ::/0, including through an all-traffic rule. One
 * finding per security group.
 * Criteria: CC6.6. Evidence: aws.ec2.security-groups (EC2 DescribeSecurityGroups). Permission: ec2:DescribeSecurityGroups.
 */
export const awsNoUnrestrictedSshCheck = defineCheck({
  id: 'aws.ec2.no-unrestricted-ssh',
  provider: 'aws',
  title: 'Security groups do not open SSH (22) to the internet',
  severity: 'high',
  controls: ['KSM-NET-01'],
  criteria: [
    { id: 'CC6.6', rationale: 'Administrative ports reachable from anywhere invite brute force and exploits from outside the boundary.' },
    { id: 'CC6.1', rationale: 'Administrative access goes through controlled paths (VPN, SSM Session Manager).' },
  ],
  evidence: [awsEvidence.securityGroups],
  remediation: 'EC2 → Security groups → <group> → Inbound rules: restrict port 22 to your VPN or office ranges, or use SSM Session Manager instead.',
  evaluate: ({ evidence, finding }) => {
    const groups = evidence.get<AwsSecurityGroupsEvidence>(awsEvidence.securityGroups)?.content.groups ?? [];
    return groups.map((group) => {
      const exposure = internetExposure(group, (rule) => admitsTcpPort(rule, 22));
      return finding(
        groupRef(group),
        exposure.length === 0,
        exposure.length === 0
          ? `${group.groupName} (${group.groupId}) does not open SSH to the internet`
          : `${group.groupName} (${group.groupId}) opens SSH to the internet: ${exposure.join(', ')}`,
      );
    });
  },
});
