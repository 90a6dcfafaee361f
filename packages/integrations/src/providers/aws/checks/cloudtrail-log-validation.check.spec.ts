import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsCloudTrailLogValidationCheck } from './cloudtrail-log-validation.check';

describe('CloudTrailLogValidation', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsCloudTrailLogValidationCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a trail without log file validation', () => {
    const outcome = evaluate(awsCloudTrailLogValidationCheck, (f) => {
      f.trails.trails[0]!.logFileValidationEnabled = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:cloudtrail:us-east-1:412563879012:trail/main']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsCloudTrailLogValidationCheck).status).toBe('INCONCLUSIVE');
  });
});
