/**
 * Secret scanning push protection blocks pushes that contain secrets.
 * Criteria: CC6.1. Evidence: github.repos.inventory (GET /repos/{o}/{r}
 * `security_and_analysis.secret_scanning_push_protection`). Permission: Repository › Metadata: read.
 */
import { defineCheck } from '../../../core/check';
import { evaluateRepositories, repositoryEvidence } from './repository-checks';

export const pushProtectionEnabledCheck = defineCheck({
  id: 'github.repo.push-protection-enabled',
  provider: 'github',
  title: 'Secret scanning push protection is enabled',
  severity: 'medium',
  controls: ['KSM-CRYPTO-04'],
  criteria: [{ id: 'CC6.1', rationale: 'Secrets are stopped before they reach the repository at all.' }],
  evidence: repositoryEvidence,
  remediation: 'Repository settings → Code security → Secret scanning → enable Push protection.',
  evaluate: (ctx) =>
    evaluateRepositories(ctx, (repo) => ({
      passed: repo.secretScanningPushProtection === 'enabled',
      reason:
        repo.secretScanningPushProtection === 'enabled'
          ? `${repo.fullName} blocks pushes containing secrets.`
          : `${repo.fullName} has push protection ${repo.secretScanningPushProtection ?? 'unavailable'}.`,
    })),
});
