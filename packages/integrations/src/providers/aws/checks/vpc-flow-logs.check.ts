import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsVpcsEvidence } from '../evidence';

/**
 * Every VPC has an ACTIVE flow log. One finding per VPC.
 * Criteria: CC7.2. Evidence: aws.ec2.vpcs (EC2 DescribeVpcs, DescribeFlowLogs).
 * Permissions: ec2:DescribeVpcs, ec2:DescribeFlowLogs.
 */
export const awsVpcFlowLogsCheck = defineCheck({
  id: 'aws.ec2.vpc-flow-logs-enabled',
  provider: 'aws',
  title: 'Every VPC has flow logs',
  severity: 'medium',
  controls: ['KSM-NET-04'],
  criteria: [
    {
      id: 'CC7.2',
      rationale: 'Network traffic records let anomalies and intrusions be detected and investigated.',
    },
  ],
  evidence: [awsEvidence.vpcs],
  remediation:
    'VPC → Your VPCs → <vpc> → Flow logs → Create flow log: traffic type All, to CloudWatch Logs or S3.',
  evaluate: ({ evidence, finding }) => {
    const vpcs = evidence.get<AwsVpcsEvidence>(awsEvidence.vpcs)?.content.vpcs ?? [];
    return vpcs.map((vpc) => {
      const active = vpc.flowLogs.find((log) => log.status === 'ACTIVE');
      return finding(
        { type: 'aws-vpc', id: vpc.vpcId },
        Boolean(active),
        active
          ? `VPC ${vpc.vpcId} sends flow logs (${active.flowLogId})`
          : `VPC ${vpc.vpcId} has no active flow log`,
      );
    });
  },
});
