import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { compliantOrgSettings, evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { twoFactorRequiredCheck } from './two-factor-required.check';

describe('github.org.two-factor-required', () => {
  it('passes when the organization requires 2FA', () => {
    expect(runCheck(twoFactorRequiredCheck, evidenceSet([githubSnapshots.orgSettings()]), now).status).toBe(
      'PASS',
    );
  });

  it('fails, naming the organization, when 2FA is optional', () => {
    const outcome = runCheck(
      twoFactorRequiredCheck,
      evidenceSet([
        githubSnapshots.orgSettings({ ...compliantOrgSettings, twoFactorRequirementEnabled: false }),
      ]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toBe('acme-corp does not require 2FA.');
  });

  it('fails when the token cannot see the setting', () => {
    const outcome = runCheck(
      twoFactorRequiredCheck,
      evidenceSet([
        githubSnapshots.orgSettings({ ...compliantOrgSettings, twoFactorRequirementEnabled: null }),
      ]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
  });

  it('is inconclusive without organization settings', () => {
    expect(runCheck(twoFactorRequiredCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
