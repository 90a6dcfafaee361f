import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import {
  compliantRepositories,
  evidenceSet,
  githubSnapshots,
  now,
} from '../fixtures/github-evidence.fixture';
import { dependabotAlertsEnabledCheck } from './dependabot-alerts-enabled.check';

const repo = compliantRepositories.repositories[0]!;

describe('github.repo.dependabot-alerts-enabled', () => {
  it('passes when Dependabot alerts are enabled', () => {
    expect(
      runCheck(dependabotAlertsEnabledCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('PASS');
  });

  it('fails when the vulnerability-alerts endpoint answered 404', () => {
    const repositories = { org: 'acme-corp', repositories: [{ ...repo, dependabotAlertsEnabled: false }] };
    const outcome = runCheck(
      dependabotAlertsEnabledCheck,
      evidenceSet([githubSnapshots.repositories(repositories)]),
      now,
    );
    expect(outcome.findings[0]?.reason).toBe('acme-corp/api has Dependabot alerts disabled.');
  });

  it('is inconclusive without the repository inventory', () => {
    expect(runCheck(dependabotAlertsEnabledCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
