import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsSecurityGroupsEvidence } from '../evidence';
import { admitsAllTraffic, groupRef, internetExposure } from './security-group-exposure';

/**
 * No security group admits all traffic (protocol -1, or every TCP/UDP port) from 0.0.0.0/0 or ::/0. One finding per
 * security group.
 * Criteria: CC6.6, CC6.1. Evidence: aws.ec2.security-groups (EC2 DescribeSecurityGroups). Permission: ec2:DescribeSecurityGroups.
 */
export const awsNoUnrestrictedAllTrafficCheck = defineCheck({
  id: 'aws.ec2.no-unrestricted-all-traffic',
  provider: 'aws',
  title: 'Security groups do not open all ports to the internet',
  severity: 'critical',
  controls: ['KSM-NET-01', 'KSM-NET-02'],
  criteria: [
    { id: 'CC6.6', rationale: 'Every service on the instance would be reachable from outside the boundary.' },
    { id: 'CC6.1', rationale: 'Network access is limited to what each workload needs.' },
  ],
  evidence: [awsEvidence.securityGroups],
  remediation:
    'EC2 → Security groups → <group> → Inbound rules: replace the all-traffic rule with the specific ports and sources needed.',
  evaluate: ({ evidence, finding }) => {
    const groups = evidence.get<AwsSecurityGroupsEvidence>(awsEvidence.securityGroups)?.content.groups ?? [];
    return groups.map((group) => {
      const exposure = internetExposure(group, admitsAllTraffic);
      return finding(
        groupRef(group),
        exposure.length === 0,
        exposure.length === 0
          ? `${group.groupName} (${group.groupId}) does not open all ports to the internet`
          : `${group.groupName} (${group.groupId}) opens all ports to the internet: ${exposure.join(', ')}`,
      );
    });
  },
});
