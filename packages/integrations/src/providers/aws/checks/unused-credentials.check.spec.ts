import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsUnusedCredentialsCheck } from './unused-credentials.check';

describe('UnusedCredentials', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsUnusedCredentialsCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a user whose console password has not been used for 45 days', () => {
    const outcome = evaluate(awsUnusedCredentialsCheck, (f) => {
      f.credentialReport.rows[1]!.passwordLastUsed = '2026-09-01T00:00:00.000Z';
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:iam::412563879012:user/alice']);
  });

  it('fails an active access key that was never used and is older than the limit', () => {
    const outcome = evaluate(awsUnusedCredentialsCheck, (f) => {
      f.credentialReport.rows[2]!.accessKeys[0] = {
        slot: 1,
        active: true,
        lastRotated: '2026-06-01T00:00:00.000Z',
        lastUsedDate: null,
      };
    });
    expect(outcome.findings.find((x) => x.status === 'FAIL')?.reason).toBe('ci has access key 1 never used');
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsUnusedCredentialsCheck).status).toBe('INCONCLUSIVE');
  });
});
