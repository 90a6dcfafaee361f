import { defineCheck } from '../../../core/check';
import { type AwsCredentialReportEvidence, type AwsCredentialReportRow, awsEvidence } from '../evidence';
import { readAwsCheckSettings } from '../settings';
import { daysSince } from './check-values';

/**
 * No IAM user keeps a console password or an active access key unused for settings.unusedCredentialDays (default 45)
 * or more; a credential never used counts from when it was created. One finding per IAM user with any credential.
 * Criteria: CC6.2, CC6.1. Evidence: aws.iam.credential-report (password_last_used, access_key_N_last_used_date).
 * Permissions: iam:GenerateCredentialReport, iam:GetCredentialReport.
 */
export const awsUnusedCredentialsCheck = defineCheck({
  id: 'aws.iam.unused-credentials-disabled',
  provider: 'aws',
  title: 'Credentials unused for 45 days are disabled',
  severity: 'medium',
  controls: ['KSM-AC-08', 'KSM-AC-04'],
  criteria: [
    {
      id: 'CC6.2',
      rationale: 'Access that is no longer used is removed, so leavers and stale accounts lose access.',
    },
    { id: 'CC6.1', rationale: 'Dormant credentials are an unmonitored way in.' },
  ],
  evidence: [awsEvidence.credentialReport],
  remediation:
    'IAM → Users → <user>: remove the console password and deactivate access keys that are no longer used (or delete the user).',
  evaluate: ({ evidence, finding, now, settings }) => {
    const limit = readAwsCheckSettings(settings).unusedCredentialDays;
    const rows = evidence.get<AwsCredentialReportEvidence>(awsEvidence.credentialReport)?.content.rows ?? [];
    return rows
      .filter(
        (row) =>
          row.user !== '<root_account>' &&
          (row.passwordEnabled === true || row.accessKeys.some((k) => k.active)),
      )
      .map((row) => {
        const stale = staleCredentials(row, now, limit);
        return finding(
          { type: 'aws-iam-user', id: row.arn, name: row.user },
          stale.length === 0,
          stale.length === 0
            ? `${row.user} used every credential within ${limit} days`
            : `${row.user} has ${stale.join(' and ')}`,
        );
      });
  },
});

function staleCredentials(row: AwsCredentialReportRow, now: Date, limit: number): string[] {
  const idleDays = (lastUsed: string | null, fallback: string | null) => {
    const reference = lastUsed ?? fallback;
    return reference ? daysSince(reference, now) : Number.POSITIVE_INFINITY;
  };
  const stale: string[] = [];
  if (row.passwordEnabled === true) {
    const idle = idleDays(row.passwordLastUsed, row.passwordLastChanged ?? row.userCreationTime);
    if (idle >= limit) {
      stale.push(
        row.passwordLastUsed ? `a console password unused for ${idle} days` : 'a console password never used',
      );
    }
  }
  for (const key of row.accessKeys.filter((k) => k.active)) {
    const idle = idleDays(key.lastUsedDate, key.lastRotated);
    if (idle >= limit) {
      stale.push(
        key.lastUsedDate
          ? `access key ${key.slot} unused for ${idle} days`
          : `access key ${key.slot} never used`,
      );
    }
  }
  return stale;
}
