import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsNoUnrestrictedAllTrafficCheck } from './no-unrestricted-all-traffic.check';

describe('NoUnrestrictedAllTraffic', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsNoUnrestrictedAllTrafficCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a group with an all-traffic rule from 0.0.0.0/0', () => {
    const outcome = evaluate(awsNoUnrestrictedAllTrafficCheck, (f) => {
      f.securityGroups.groups[1]!.ingress[1]!.ipv4Ranges.push('0.0.0.0/0');
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['sg-2']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsNoUnrestrictedAllTrafficCheck).status).toBe('INCONCLUSIVE');
  });
});
