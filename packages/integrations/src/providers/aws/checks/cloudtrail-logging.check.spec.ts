import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsCloudTrailLoggingCheck } from './cloudtrail-logging.check';

describe('CloudTrailLogging', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsCloudTrailLoggingCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a trail that has stopped logging', () => {
    const outcome = evaluate(awsCloudTrailLoggingCheck, (f) => {
      f.trails.trails[0]!.isLogging = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:cloudtrail:us-east-1:412563879012:trail/main']);
  });

  it('fails on the account and region when there is no trail at all', () => {
    expect(
      failedResources(
        evaluate(awsCloudTrailLoggingCheck, (f) => {
          f.trails.trails = [];
        }),
      ),
    ).toEqual(['412563879012/us-east-1']);
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsCloudTrailLoggingCheck).status).toBe('INCONCLUSIVE');
  });
});
