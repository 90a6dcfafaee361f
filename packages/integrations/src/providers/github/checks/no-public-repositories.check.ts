/**
 * No repository is public unless it is on the organization's allow-list (`allowedPublicRepositories`, `owner/name`).
 * Criteria: C1.1, CC6.1. Evidence: github.repos.inventory (GET /repos/{o}/{r} `visibility`).
 * Permission: Repository › Metadata: read.
 */
import { defineCheck } from '../../../core/check';
import { evaluateRepositories, repositoryEvidence } from './repository-checks';

export const noPublicRepositoriesCheck = defineCheck({
  id: 'github.org.no-public-repositories-without-approval',
  provider: 'github',
  title: 'Repositories are private unless approved to be public',
  severity: 'high',
  controls: ['KSM-DATA-01'],
  criteria: [
    { id: 'C1.1', rationale: 'Confidential source code is not exposed to the public.' },
    { id: 'CC6.1', rationale: 'Access to code is restricted to authorised people.' },
  ],
  evidence: repositoryEvidence,
  remediation:
    'Make the repository private, or add it to the allow-list of repositories approved to be public.',
  evaluate: (ctx) => {
    const raw = ctx.settings.allowedPublicRepositories;
    const allowed = new Set(Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : []);
    return evaluateRepositories(ctx, (repo) => {
      if (repo.visibility !== 'public') {
        return { passed: true, reason: `${repo.fullName} is ${repo.visibility}.` };
      }
      return allowed.has(repo.fullName)
        ? { passed: true, reason: `${repo.fullName} is public and approved to be.` }
        : { passed: false, reason: `${repo.fullName} is public without approval.` };
    });
  },
});
