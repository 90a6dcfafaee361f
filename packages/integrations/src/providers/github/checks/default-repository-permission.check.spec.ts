import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { compliantOrgSettings, evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { defaultRepositoryPermissionCheck } from './default-repository-permission.check';

describe('github.org.default-repository-permission', () => {
  it('passes when the base permission is read', () => {
    expect(
      runCheck(defaultRepositoryPermissionCheck, evidenceSet([githubSnapshots.orgSettings()]), now).status,
    ).toBe('PASS');
  });

  it.each(['write', 'admin'])('fails when every member gets %s by default', (permission) => {
    const org = { ...compliantOrgSettings, defaultRepositoryPermission: permission };
    expect(
      runCheck(defaultRepositoryPermissionCheck, evidenceSet([githubSnapshots.orgSettings(org)]), now).status,
    ).toBe('FAIL');
  });

  it('is inconclusive without organization settings', () => {
    expect(runCheck(defaultRepositoryPermissionCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
