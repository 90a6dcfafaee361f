import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import {
  compliantRepositories,
  evidenceSet,
  githubSnapshots,
  now,
} from '../fixtures/github-evidence.fixture';
import { pushProtectionEnabledCheck } from './push-protection-enabled.check';

const repo = compliantRepositories.repositories[0]!;

describe('github.repo.push-protection-enabled', () => {
  it('passes when push protection is enabled', () => {
    expect(
      runCheck(pushProtectionEnabledCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('PASS');
  });

  it('fails when push protection is disabled', () => {
    const repositories = {
      org: 'acme-corp',
      repositories: [{ ...repo, secretScanningPushProtection: 'disabled' }],
    };
    expect(
      runCheck(pushProtectionEnabledCheck, evidenceSet([githubSnapshots.repositories(repositories)]), now)
        .status,
    ).toBe('FAIL');
  });

  it('is inconclusive without the repository inventory', () => {
    expect(runCheck(pushProtectionEnabledCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
