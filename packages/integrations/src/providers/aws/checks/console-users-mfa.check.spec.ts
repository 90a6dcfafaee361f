import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsConsoleUsersMfaCheck } from './console-users-mfa.check';

describe('ConsoleUsersMfa', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsConsoleUsersMfaCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a console user without MFA and ignores users without a password', () => {
    const outcome = evaluate(awsConsoleUsersMfaCheck, (f) => {
      f.credentialReport.rows[1]!.mfaActive = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:iam::412563879012:user/alice']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsConsoleUsersMfaCheck).status).toBe('INCONCLUSIVE');
  });
});
