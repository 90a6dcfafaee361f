import { defineCheck } from '../../../core/check';
import { type AwsIamUsersEvidence, awsEvidence } from '../evidence';
import { readAwsCheckSettings } from '../settings';
import { daysSince } from './check-values';

/**
 * Every active IAM access key is younger than settings.accessKeyMaxAgeDays (default 90). One finding per active key.
 * Criteria: CC6.1. Evidence: aws.iam.users (IAM ListUsers, ListAccessKeys: Status, CreateDate).
 * Permissions: iam:ListUsers, iam:ListAccessKeys.
 */
export const awsAccessKeysRotatedCheck = defineCheck({
  id: 'aws.iam.access-keys-rotated-90-days',
  provider: 'aws',
  title: 'Access keys are rotated within 90 days',
  severity: 'medium',
  controls: ['KSM-AC-09'],
  criteria: [
    { id: 'CC6.1', rationale: 'Rotating long-lived keys limits how long a leaked key stays useful.' },
  ],
  evidence: [awsEvidence.users],
  remediation:
    'Create a second access key for the user, move the workload to it, then deactivate and delete the old key (or replace the user with an IAM role).',
  evaluate: ({ evidence, finding, now, settings }) => {
    const maxAge = readAwsCheckSettings(settings).accessKeyMaxAgeDays;
    const users = evidence.get<AwsIamUsersEvidence>(awsEvidence.users)?.content.users ?? [];
    return users.flatMap((user) =>
      user.accessKeys
        .filter((key) => key.status === 'Active')
        .map((key) => {
          const age = key.createDate ? daysSince(key.createDate, now) : Number.POSITIVE_INFINITY;
          return finding(
            { type: 'aws-iam-access-key', id: key.accessKeyId, name: `${user.userName}/${key.accessKeyId}` },
            age <= maxAge,
            age <= maxAge
              ? `Access key ${key.accessKeyId} of ${user.userName} is ${age} days old (limit ${maxAge})`
              : `Access key ${key.accessKeyId} of ${user.userName} is ${Number.isFinite(age) ? `${age} days old` : 'of unknown age'}, over the ${maxAge}-day limit`,
          );
        }),
    );
  },
});
