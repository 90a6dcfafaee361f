import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsRootNoAccessKeysCheck } from './root-no-access-keys.check';

describe('RootNoAccessKeys', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsRootNoAccessKeysCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when the root user has an access key', () => {
    const outcome = evaluate(awsRootNoAccessKeysCheck, (f) => {
      f.accountSummary.rootAccessKeysPresent = true;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsRootNoAccessKeysCheck).status).toBe('INCONCLUSIVE');
  });
});
