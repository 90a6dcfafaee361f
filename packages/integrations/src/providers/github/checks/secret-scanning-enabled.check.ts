/**
 * Secret scanning is enabled on every repository.
 * Criteria: CC6.1, CC7.1. Evidence: github.repos.inventory (GET /repos/{o}/{r} `security_and_analysis.secret_scanning`).
 * Permission: Repository › Metadata: read and Secret scanning alerts: read.
 */
import { defineCheck } from '../../../core/check';
import { evaluateRepositories, repositoryEvidence } from './repository-checks';

export const secretScanningEnabledCheck = defineCheck({
  id: 'github.repo.secret-scanning-enabled',
  provider: 'github',
  title: 'Secret scanning is enabled',
  severity: 'high',
  controls: ['KSM-CRYPTO-04'],
  criteria: [
    { id: 'CC6.1', rationale: 'Credentials committed to code are found before they are misused.' },
    { id: 'CC7.1', rationale: 'Detects a class of vulnerability as soon as it is introduced.' },
  ],
  evidence: repositoryEvidence,
  remediation:
    'Repository settings → Code security → enable Secret scanning (or enable it for all repositories at the organization level).',
  evaluate: (ctx) =>
    evaluateRepositories(ctx, (repo) => ({
      passed: repo.secretScanning === 'enabled',
      reason:
        repo.secretScanning === 'enabled'
          ? `${repo.fullName} has secret scanning enabled.`
          : `${repo.fullName} has secret scanning ${repo.secretScanning ?? 'unavailable (not reported by GitHub)'}.`,
    })),
});
