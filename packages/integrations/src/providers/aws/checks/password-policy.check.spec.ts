import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsPasswordPolicyCheck } from './password-policy.check';

describe('PasswordPolicy', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsPasswordPolicyCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a short policy without reuse prevention and names every gap', () => {
    const outcome = evaluate(awsPasswordPolicyCheck, (f) => {
      f.passwordPolicy.policy = {
        ...f.passwordPolicy.policy!,
        minimumPasswordLength: 8,
        passwordReusePrevention: null,
        requireSymbols: false,
      };
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012']);
  });

  it('fails when no password policy is set', () => {
    const outcome = evaluate(awsPasswordPolicyCheck, (f) => {
      f.passwordPolicy.policy = null;
    });
    expect(outcome.findings[0]?.reason).toContain('no password policy is set');
  });

  it('accepts a weaker policy when the thresholds are lowered in settings', () => {
    const outcome = evaluate(
      awsPasswordPolicyCheck,
      (f) => {
        f.passwordPolicy.policy = {
          ...f.passwordPolicy.policy!,
          minimumPasswordLength: 12,
          passwordReusePrevention: 5,
          requireSymbols: false,
        };
      },
      { passwordMinLength: 12, passwordReusePrevention: 5, passwordRequireComplexity: false },
    );
    expect(outcome.status).toBe('PASS');
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsPasswordPolicyCheck).status).toBe('INCONCLUSIVE');
  });
});
