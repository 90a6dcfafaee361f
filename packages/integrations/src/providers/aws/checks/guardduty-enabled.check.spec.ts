import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsGuardDutyEnabledCheck } from './guardduty-enabled.check';

describe('GuardDutyEnabled', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsGuardDutyEnabledCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when the only detector is suspended', () => {
    const outcome = evaluate(awsGuardDutyEnabledCheck, (f) => {
      f.guardDutyDetectors.detectors[0]!.status = 'DISABLED';
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012/us-east-1']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsGuardDutyEnabledCheck).status).toBe('INCONCLUSIVE');
  });
});
