import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsS3BucketPublicAccessBlockCheck } from './s3-bucket-public-access-block.check';

describe('S3BucketPublicAccessBlock', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsS3BucketPublicAccessBlockCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a bucket without a public access block', () => {
    const outcome = evaluate(awsS3BucketPublicAccessBlockCheck, (f) => {
      f.buckets.buckets[0]!.publicAccessBlock = null;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:s3:::backups']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsS3BucketPublicAccessBlockCheck).status).toBe('INCONCLUSIVE');
  });
});
