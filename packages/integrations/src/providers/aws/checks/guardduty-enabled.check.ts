import { defineCheck } from '../../../core/check';
import { awsEvidence, type AwsGuardDutyEvidence } from '../evidence';
import { accountRef } from './check-values';

/**
 * GuardDuty has an ENABLED detector in the audited region. One finding for the account and region.
 * Criteria: CC7.2, CC7.3. Evidence: aws.guardduty.detectors (GuardDuty ListDetectors, GetDetector).
 * Permissions: guardduty:ListDetectors, guardduty:GetDetector.
 */
export const awsGuardDutyEnabledCheck = defineCheck({
  id: 'aws.guardduty.enabled',
  provider: 'aws',
  title: 'GuardDuty threat detection is enabled',
  severity: 'high',
  controls: ['KSM-MON-05'],
  criteria: [
    {
      id: 'CC7.2',
      rationale: 'Continuous threat detection surfaces malicious activity and compromised credentials.',
    },
    { id: 'CC7.3', rationale: 'Detections feed the security event triage process.' },
  ],
  evidence: [awsEvidence.guardDutyDetectors],
  remediation:
    'GuardDuty → Get started → Enable GuardDuty (in every region you use; delegate an administrator account in AWS Organizations).',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<AwsGuardDutyEvidence>(awsEvidence.guardDutyDetectors)?.content;
    if (!content) {
      return [];
    }
    const enabled = content.detectors.find((d) => d.status === 'ENABLED');
    return [
      finding(
        accountRef(content.accountId, content.region),
        Boolean(enabled),
        enabled
          ? `GuardDuty detector ${enabled.detectorId} is enabled in ${content.region}`
          : content.detectors.length === 0
            ? `GuardDuty is not set up in ${content.region}`
            : `GuardDuty detector(s) in ${content.region} are suspended`,
      ),
    ];
  },
});
