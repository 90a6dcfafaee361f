import { defineCheck } from '../../../core/check';
import { type AwsCredentialReportEvidence, awsEvidence } from '../evidence';

/**
 * Every IAM user with a console password has MFA active. One finding per console user.
 * Criteria: CC6.1, CC6.6. Evidence: aws.iam.credential-report (password_enabled, mfa_active).
 * Permissions: iam:GenerateCredentialReport, iam:GetCredentialReport.
 */
export const awsConsoleUsersMfaCheck = defineCheck({
  id: 'aws.iam.console-users-mfa',
  provider: 'aws',
  title: 'IAM users with console access have MFA',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [
    { id: 'CC6.1', rationale: 'MFA is a core logical access safeguard for the cloud console.' },
    { id: 'CC6.6', rationale: 'MFA blocks stolen-password sign-ins from outside the boundary.' },
  ],
  evidence: [awsEvidence.credentialReport],
  remediation:
    'IAM → Users → <user> → Security credentials → Assign MFA device, or remove the console password if unused.',
  evaluate: ({ evidence, finding }) => {
    const report = evidence.get<AwsCredentialReportEvidence>(awsEvidence.credentialReport)?.content;
    return (report?.rows ?? [])
      .filter((row) => row.passwordEnabled === true)
      .map((row) =>
        finding(
          { type: 'aws-iam-user', id: row.arn, name: row.user },
          row.mfaActive,
          row.mfaActive
            ? `${row.user} signs in to the console with MFA`
            : `${row.user} has console access without MFA`,
        ),
      );
  },
});
