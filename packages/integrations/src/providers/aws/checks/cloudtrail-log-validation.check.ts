import { defineCheck } from '../../../core/check';
import { awsEvidence } from '../evidence';
import { trailFindings } from './trail-findings';

/**
 * Every CloudTrail trail has log file integrity validation on (signed digest files prove logs were not altered).
 * Criteria: CC7.2, PI1.5. Evidence: aws.cloudtrail.trails (DescribeTrails LogFileValidationEnabled).
 * Permission: cloudtrail:DescribeTrails.
 */
export const awsCloudTrailLogValidationCheck = defineCheck({
  id: 'aws.cloudtrail.log-validation',
  provider: 'aws',
  title: 'CloudTrail log file validation is on',
  severity: 'medium',
  controls: ['KSM-MON-04', 'KSM-DATA-11'],
  criteria: [
    {
      id: 'CC7.2',
      rationale: 'Audit logs can be trusted in an investigation only if tampering is detectable.',
    },
    { id: 'PI1.5', rationale: 'Stored records are protected against undetected alteration.' },
  ],
  evidence: [awsEvidence.trails],
  remediation: 'CloudTrail → Trails → <trail> → Edit → Log file validation: Enabled.',
  evaluate: (context) =>
    trailFindings(
      context,
      (trail) => trail.logFileValidationEnabled,
      (trail, passed) =>
        passed
          ? `Trail ${trail.name} validates its log files`
          : `Trail ${trail.name} does not validate its log files`,
    ),
});
