import { defineCheck } from '../../core/check';
import { githubEvidence, type GithubOrgMembers } from '../../providers/github/evidence';
import { oktaEvidence } from '../../providers/okta/evidence';
import { deactivatedPeople, groupByEmail, offboardingFindings } from './deactivated-people';
import { readIdentityMap } from './identity-map';

/**
 * People deactivated in Okta are no longer members of the GitHub organization. A member is matched by
 * settings.identityMap.githubLogin (login → email) first, then by the public email GitHub returns. One finding per
 * deactivated person. Criteria: CC6.2, CC6.3. Evidence: okta.users.directory, github.org.members
 * (GET /orgs/{org}/members). Scopes: okta.users.read; GitHub Members: read.
 */
export const offboardingGithubCheck = defineCheck({
  id: 'cross.offboarding.okta-deactivated-in-github',
  provider: 'cross',
  title: 'People deactivated in Okta are removed from the GitHub organization',
  severity: 'high',
  controls: ['KSM-AC-04'],
  criteria: [
    {
      id: 'CC6.2',
      rationale: "A leaver's GitHub membership keeps access to source code that is no longer authorised.",
    },
    {
      id: 'CC6.3',
      rationale: 'Access is revoked when the role ends, in every system, not only the identity provider.',
    },
  ],
  evidence: [oktaEvidence.users, githubEvidence.orgMembers],
  remediation:
    'GitHub → Organization → People → remove the member (or manage membership with Okta SSO/SCIM); add unmatched logins to the identity map so they are checked.',
  evaluate: ({ evidence, finding, settings }) => {
    const content = evidence.get<GithubOrgMembers>(githubEvidence.orgMembers)?.content;
    const map = readIdentityMap(settings).githubLogin;
    const members = groupByEmail(content?.members ?? [], (m) => map.get(m.login.toLowerCase()) ?? m.email);
    return offboardingFindings(
      deactivatedPeople(evidence),
      members,
      {
        system: `the GitHub organization ${content?.org ?? ''}`.trim(),
        resource: (m) => ({ type: 'github-user', id: m.login }),
        label: (m) => `GitHub member ${m.login}`,
      },
      finding,
    );
  },
});
