/**
 * Administrators are not exempt from default branch protection: no bypass actors on the rulesets that apply and,
 * when classic protection exists, `enforce_admins` is on.
 * Criteria: CC8.1, CC6.3. Evidence: github.repos.branch-protection (GET /repos/{o}/{r}/rulesets/{id}
 * `bypass_actors`, classic `enforce_admins`). Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { branchEvidence, evaluateDefaultBranches } from './branch-checks';

export const enforceAdminsCheck = defineCheck({
  id: 'github.repo.enforce-admins',
  provider: 'github',
  title: 'Administrators cannot bypass default branch protection',
  severity: 'medium',
  controls: ['KSM-CHG-01'],
  criteria: [
    { id: 'CC8.1', rationale: 'No one can merge an unreviewed change, including administrators.' },
    { id: 'CC6.3', rationale: 'Privileged users are held to the same separation of duties.' },
  ],
  evidence: branchEvidence,
  remediation:
    'Remove bypass actors from the default branch rulesets and enable "Do not allow bypassing the above settings" in classic protection.',
  evaluate: (ctx) =>
    evaluateDefaultBranches(ctx, (p, where) => {
      if (!p.protected) {
        return {
          passed: false,
          reason: `${where} is not protected, so nothing applies to administrators either.`,
        };
      }
      return p.exemptions.length === 0
        ? { passed: true, reason: `${where} applies its rules to everyone, administrators included.` }
        : { passed: false, reason: `${where}: ${p.exemptions.join('; ')}.` };
    }),
});
