import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsEbsEncryptionByDefaultCheck } from './ebs-encryption-by-default.check';

describe('EbsEncryptionByDefault', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsEbsEncryptionByDefaultCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when EBS encryption by default is off', () => {
    const outcome = evaluate(awsEbsEncryptionByDefaultCheck, (f) => {
      f.ebsEncryptionByDefault.enabled = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012/us-east-1']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsEbsEncryptionByDefaultCheck).status).toBe('INCONCLUSIVE');
  });
});
