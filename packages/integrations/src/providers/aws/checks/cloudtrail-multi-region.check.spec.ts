import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsCloudTrailMultiRegionCheck } from './cloudtrail-multi-region.check';

describe('CloudTrailMultiRegion', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsCloudTrailMultiRegionCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails when the only multi-region trail has stopped logging', () => {
    const outcome = evaluate(awsCloudTrailMultiRegionCheck, (f) => {
      f.trails.trails[0]!.isLogging = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsCloudTrailMultiRegionCheck).status).toBe('INCONCLUSIVE');
  });
});
