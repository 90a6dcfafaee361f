/**
 * Dependabot alerts are enabled on every repository.
 * Criteria: CC7.1. Evidence: github.repos.inventory (GET /repos/{o}/{r}/vulnerability-alerts: 204 on, 404 off).
 * Permission: Repository › Administration: read.
 */
import { defineCheck } from '../../../core/check';
import { evaluateRepositories, repositoryEvidence } from './repository-checks';

export const dependabotAlertsEnabledCheck = defineCheck({
  id: 'github.repo.dependabot-alerts-enabled',
  provider: 'github',
  title: 'Dependabot alerts are enabled',
  severity: 'medium',
  controls: ['KSM-VULN-01'],
  criteria: [{ id: 'CC7.1', rationale: 'Newly disclosed vulnerabilities in dependencies are detected.' }],
  evidence: repositoryEvidence,
  remediation:
    'Repository settings → Code security → enable Dependabot alerts (or enable for all repositories at the organization level).',
  evaluate: (ctx) =>
    evaluateRepositories(ctx, (repo) => ({
      passed: repo.dependabotAlertsEnabled,
      reason: repo.dependabotAlertsEnabled
        ? `${repo.fullName} has Dependabot alerts enabled.`
        : `${repo.fullName} has Dependabot alerts disabled.`,
    })),
});
