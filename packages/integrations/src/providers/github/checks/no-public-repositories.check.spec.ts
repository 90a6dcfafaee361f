import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import {
  compliantRepositories,
  evidenceSet,
  githubSnapshots,
  now,
} from '../fixtures/github-evidence.fixture';
import { noPublicRepositoriesCheck } from './no-public-repositories.check';

const publicRepo = {
  org: 'acme-corp',
  repositories: [
    { ...compliantRepositories.repositories[0]!, fullName: 'acme-corp/sdk', visibility: 'public' },
  ],
};

describe('github.org.no-public-repositories-without-approval', () => {
  it('passes for private repositories', () => {
    expect(
      runCheck(noPublicRepositoriesCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('PASS');
  });

  it('fails a public repository that is not allow-listed', () => {
    expect(
      runCheck(noPublicRepositoriesCheck, evidenceSet([githubSnapshots.repositories(publicRepo)]), now)
        .status,
    ).toBe('FAIL');
  });

  it('passes a public repository on the allow-list', () => {
    const outcome = runCheck(
      noPublicRepositoriesCheck,
      evidenceSet([githubSnapshots.repositories(publicRepo)]),
      now,
      {
        allowedPublicRepositories: ['acme-corp/sdk'],
      },
    );
    expect(outcome.status).toBe('PASS');
  });

  it('is inconclusive without the repository inventory', () => {
    expect(runCheck(noPublicRepositoriesCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
