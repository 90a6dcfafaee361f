import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import {
  compliantRepositories,
  evidenceSet,
  githubSnapshots,
  now,
} from '../fixtures/github-evidence.fixture';
import { secretScanningEnabledCheck } from './secret-scanning-enabled.check';

const repo = compliantRepositories.repositories[0]!;

describe('github.repo.secret-scanning-enabled', () => {
  it('passes when secret scanning is enabled', () => {
    expect(
      runCheck(secretScanningEnabledCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('PASS');
  });

  it('fails when secret scanning is disabled or not reported', () => {
    const repositories = {
      org: 'acme-corp',
      repositories: [
        { ...repo, secretScanning: 'disabled' },
        { ...repo, fullName: 'acme-corp/x', secretScanning: null },
      ],
    };
    const outcome = runCheck(
      secretScanningEnabledCheck,
      evidenceSet([githubSnapshots.repositories(repositories)]),
      now,
    );
    expect(outcome.findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL']);
  });

  it('is inconclusive without the repository inventory', () => {
    expect(runCheck(secretScanningEnabledCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
