import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsKmsKeyRotationCheck } from './kms-key-rotation.check';

describe('KmsKeyRotation', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsKmsKeyRotationCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a customer-managed key without rotation and ignores AWS-managed keys', () => {
    const outcome = evaluate(awsKmsKeyRotationCheck, (f) => {
      f.kmsKeys.keys[0]!.rotationEnabled = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:kms:us-east-1:412563879012:key/k1']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsKmsKeyRotationCheck).status).toBe('INCONCLUSIVE');
  });
});
