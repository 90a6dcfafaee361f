import { defineCheck } from '../../core/check';
import { awsEvidence, type AwsIamUsersEvidence } from '../../providers/aws/evidence';
import { oktaEvidence } from '../../providers/okta/evidence';
import { deactivatedPeople, groupByEmail, offboardingFindings } from './deactivated-people';
import { readIdentityMap } from './identity-map';

/**
 * People deactivated in Okta have no IAM user left in the AWS account. An IAM user is matched by
 * settings.identityMap.awsUserName (user name → email), else when its user name is the person's email or the local
 * part of it (`priya.shah` ↔ `priya.shah@acme.example`, the usual IAM naming). One finding per deactivated person. Criteria: CC6.2, CC6.3. Evidence: okta.users.directory, aws.iam.users (iam:ListUsers).
 * Permissions: okta.users.read; iam:ListUsers.
 */
export const offboardingAwsCheck = defineCheck({
  id: 'cross.offboarding.okta-deactivated-in-aws',
  provider: 'cross',
  title: 'People deactivated in Okta have no AWS IAM user',
  severity: 'critical',
  controls: ['KSM-AC-04'],
  criteria: [
    {
      id: 'CC6.2',
      rationale: "A leaver's IAM user and its keys are credentials that are no longer authorised.",
    },
    {
      id: 'CC6.3',
      rationale: 'Access is revoked when the role ends, in every system, not only the identity provider.',
    },
  ],
  evidence: [oktaEvidence.users, awsEvidence.users],
  remediation:
    'IAM console → Users → deactivate the access keys, remove the console password, then delete the user (prefer IAM Identity Center federated from Okta over IAM users).',
  evaluate: ({ evidence, finding, settings }) => {
    const content = evidence.get<AwsIamUsersEvidence>(awsEvidence.users)?.content;
    const map = readIdentityMap(settings).awsUserName;
    const people = deactivatedPeople(evidence);
    const byLocalPart = new Map(people.map((person) => [person.email.split('@')[0] ?? '', person.email]));
    const users = groupByEmail(content?.users ?? [], (u) => {
      const name = u.userName.toLowerCase();
      return map.get(name) ?? (name.includes('@') ? name : byLocalPart.get(name));
    });
    return offboardingFindings(
      people,
      users,
      {
        system: `AWS account ${content?.accountId ?? ''}`.trim(),
        resource: (u) => ({ type: 'aws-iam-user', id: u.arn, name: u.userName }),
        label: (u) => `IAM user ${u.userName}`,
      },
      finding,
    );
  },
});
