/**
 * Members get no more than read access to repositories by default (base permission not write or admin).
 * Criteria: CC6.3. Evidence: github.org.settings (GET /orgs/{org}, `default_repository_permission`).
 * Permission: Organization › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { githubEvidence, type GithubOrgSettings } from '../evidence';

const tooBroad = new Set(['write', 'admin']);

export const defaultRepositoryPermissionCheck = defineCheck({
  id: 'github.org.default-repository-permission',
  provider: 'github',
  title: 'Default repository permission is read or none',
  severity: 'medium',
  controls: ['KSM-AC-06'],
  criteria: [
    { id: 'CC6.3', rationale: 'Write access is granted per team or repository, not to everyone by default.' },
  ],
  evidence: [githubEvidence.orgSettings],
  remediation:
    'Organization settings → Member privileges → Base permissions: set to "Read" or "No permission"; grant write through teams.',
  evaluate: ({ evidence, finding }) => {
    const org = evidence.get<GithubOrgSettings>(githubEvidence.orgSettings)?.content;
    if (!org) {
      return [];
    }
    const permission = org.defaultRepositoryPermission;
    const resource = { type: 'github-organization', id: org.login };
    if (permission === null) {
      return [
        finding(
          resource,
          false,
          `The base permission of ${org.login} is not visible to the token (Administration: read is needed).`,
        ),
      ];
    }
    return [
      finding(
        resource,
        !tooBroad.has(permission),
        tooBroad.has(permission)
          ? `Every member of ${org.login} gets "${permission}" on all repositories by default.`
          : `The base permission of ${org.login} is "${permission}".`,
      ),
    ];
  },
});
