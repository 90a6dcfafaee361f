import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsRdsNotPublicCheck } from './rds-not-public.check';

describe('RdsNotPublic', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsRdsNotPublicCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a publicly accessible instance', () => {
    const outcome = evaluate(awsRdsNotPublicCheck, (f) => {
      f.dbInstances.instances[0]!.publiclyAccessible = true;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:rds:us-east-1:412563879012:db:prod']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsRdsNotPublicCheck).status).toBe('INCONCLUSIVE');
  });
});
