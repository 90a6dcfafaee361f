import { defineCheck } from '../../../core/check';
import { type AwsConfigRecordersEvidence, awsEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * AWS Config has a recorder in the region that is recording all supported resource types and whose last delivery did
 * not fail. One finding per recorder; none at all fails on the account and region.
 * Criteria: CC7.1, CC5.2. Evidence: aws.config.recorders (Config DescribeConfigurationRecorders,
 * DescribeConfigurationRecorderStatus). Permissions: config:DescribeConfigurationRecorders,
 * config:DescribeConfigurationRecorderStatus.
 */
export const awsConfigRecorderCheck = defineCheck({
  id: 'aws.config.recorder-enabled',
  provider: 'aws',
  title: 'AWS Config is recording',
  severity: 'medium',
  controls: ['KSM-OPS-02', 'KSM-OPS-03'],
  criteria: [
    {
      id: 'CC7.1',
      rationale: 'A configuration history lets changes that introduce vulnerabilities be detected.',
    },
    { id: 'CC5.2', rationale: 'Configuration baselines can only be enforced on recorded resources.' },
  ],
  evidence: [awsEvidence.configRecorders],
  remediation:
    'AWS Config → Settings → Recording: record all resource types (including global ones) and start recording.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<AwsConfigRecordersEvidence>(awsEvidence.configRecorders)?.content;
    if (!content) {
      return [];
    }
    if (content.recorders.length === 0) {
      return [
        finding(
          accountRef(content.accountId, content.region),
          false,
          `AWS Config has no recorder in ${content.region}`,
        ),
      ];
    }
    return content.recorders.map((recorder) => {
      const problems = [
        recorder.recording ? undefined : 'is not recording',
        recorder.allSupported ? undefined : 'does not record all resource types',
        recorder.lastStatus?.toUpperCase() === 'FAILURE' ? 'last delivery failed' : undefined,
      ].filter((p): p is string => p !== undefined);
      return finding(
        {
          type: 'aws-config-recorder',
          id: `${content.accountId}/${content.region}/${recorder.name}`,
          name: recorder.name,
        },
        problems.length === 0,
        problems.length === 0
          ? `Config recorder ${recorder.name} records all resources`
          : `Config recorder ${recorder.name} ${problems.join(', ')}`,
      );
    });
  },
});
