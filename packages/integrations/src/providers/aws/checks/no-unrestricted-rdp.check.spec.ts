import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsNoUnrestrictedRdpCheck } from './no-unrestricted-rdp.check';

describe('NoUnrestrictedRdp', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsNoUnrestrictedRdpCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a group that opens 3389 to 0.0.0.0/0', () => {
    const outcome = evaluate(awsNoUnrestrictedRdpCheck, (f) => {
      f.securityGroups.groups[0]!.ingress.push({
        ipProtocol: 'tcp',
        fromPort: 3389,
        toPort: 3389,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: [],
      });
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['sg-1']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsNoUnrestrictedRdpCheck).status).toBe('INCONCLUSIVE');
  });
});
