import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsS3AccountPublicAccessBlockCheck } from './s3-account-public-access-block.check';

describe('S3AccountPublicAccessBlock', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsS3AccountPublicAccessBlockCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when one account-level setting is off', () => {
    const outcome = evaluate(awsS3AccountPublicAccessBlockCheck, (f) => {
      f.accountPublicAccessBlock.configuration!.restrictPublicBuckets = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012']);
  });

  it('fails when the account has no public access block at all', () => {
    const outcome = evaluate(awsS3AccountPublicAccessBlockCheck, (f) => {
      f.accountPublicAccessBlock.configuration = null;
    });
    expect(outcome.findings[0]?.reason).toContain(
      'BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets',
    );
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsS3AccountPublicAccessBlockCheck).status).toBe('INCONCLUSIVE');
  });
});
