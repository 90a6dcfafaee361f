import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsRootMfaCheck } from './root-mfa.check';

describe('RootMfa', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsRootMfaCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when the root user has no MFA', () => {
    const outcome = evaluate(awsRootMfaCheck, (f) => {
      f.accountSummary.accountMfaEnabled = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsRootMfaCheck).status).toBe('INCONCLUSIVE');
  });
});
