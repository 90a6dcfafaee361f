import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsS3VersioningCheck } from './s3-versioning.check';

describe('S3Versioning', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsS3VersioningCheck, undefined, { versionedBuckets: ['backups'] });
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a designated bucket whose versioning is suspended, and a designated bucket that does not exist', () => {
    const outcome = evaluate(
      awsS3VersioningCheck,
      (f) => {
        f.buckets.buckets[1]!.versioning = 'Suspended';
      },
      { versionedBuckets: ['data', 'backups', 'missing'] },
    );
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:s3:::data', 'arn:aws:s3:::missing']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsS3VersioningCheck).status).toBe('INCONCLUSIVE');
  });
});
