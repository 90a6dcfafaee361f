import { defineCheck } from '../../../core/check';
import { awsEvidence } from '../evidence';
import { trailFindings } from './trail-findings';

/**
 * Every CloudTrail trail is logging (a stopped trail records nothing); no trail at all fails on the account.
 * Criteria: CC7.2. Evidence: aws.cloudtrail.trails (GetTrailStatus IsLogging). Permission: cloudtrail:GetTrailStatus.
 */
export const awsCloudTrailLoggingCheck = defineCheck({
  id: 'aws.cloudtrail.logging',
  provider: 'aws',
  title: 'CloudTrail trails are logging',
  severity: 'high',
  controls: ['KSM-MON-04'],
  criteria: [
    { id: 'CC7.2', rationale: 'A stopped trail leaves a gap in the audit record attackers can use.' },
  ],
  evidence: [awsEvidence.trails],
  remediation: 'CloudTrail → Trails → <trail> → Start logging; alert on cloudtrail:StopLogging events.',
  evaluate: (context) =>
    trailFindings(
      context,
      (trail) => trail.isLogging,
      (trail, passed) =>
        passed ? `Trail ${trail.name} is logging` : `Trail ${trail.name} has stopped logging`,
    ),
});
