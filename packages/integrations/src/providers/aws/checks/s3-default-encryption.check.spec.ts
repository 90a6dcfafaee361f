import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsS3DefaultEncryptionCheck } from './s3-default-encryption.check';

describe('S3DefaultEncryption', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsS3DefaultEncryptionCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a bucket without default encryption', () => {
    const outcome = evaluate(awsS3DefaultEncryptionCheck, (f) => {
      f.buckets.buckets[1]!.encryption = null;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:s3:::data']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsS3DefaultEncryptionCheck).status).toBe('INCONCLUSIVE');
  });
});
