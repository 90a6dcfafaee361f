import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsTrailsEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * At least one multi-region CloudTrail trail is logging, so API activity in every region is recorded. One finding
 * for the account.
 * Criteria: CC7.2. Evidence: aws.cloudtrail.trails (DescribeTrails IsMultiRegionTrail, GetTrailStatus IsLogging).
 * Permissions: cloudtrail:DescribeTrails, cloudtrail:GetTrailStatus.
 */
export const awsCloudTrailMultiRegionCheck = defineCheck({
  id: 'aws.cloudtrail.multi-region-enabled',
  provider: 'aws',
  title: 'A multi-region CloudTrail trail is logging',
  severity: 'high',
  controls: ['KSM-MON-04'],
  criteria: [
    {
      id: 'CC7.2',
      rationale: 'API activity in every region is recorded, so anomalies can be detected and investigated.',
    },
    { id: 'CC2.1', rationale: 'Audit logs are the information the monitoring of controls relies on.' },
  ],
  evidence: [awsEvidence.trails],
  remediation: 'CloudTrail → Trails → Create trail (or edit one): "Enable for all regions", with logging on.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<AwsTrailsEvidence>(awsEvidence.trails)?.content;
    if (!content) {
      return [];
    }
    const trail = content.trails.find((t) => t.isMultiRegionTrail && t.isLogging);
    return [
      finding(
        accountRef(content.accountId),
        Boolean(trail),
        trail
          ? `Trail ${trail.name} records every region of account ${content.accountId}`
          : `Account ${content.accountId} has no logging multi-region trail (${content.trails.length} trail(s) found)`,
      ),
    ];
  },
});
