import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsNoUnrestrictedSshCheck } from './no-unrestricted-ssh.check';

describe('NoUnrestrictedSsh', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsNoUnrestrictedSshCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a group that opens port 22 to ::/0 through a port range', () => {
    const outcome = evaluate(awsNoUnrestrictedSshCheck, (f) => {
      f.securityGroups.groups[1]!.ingress.push({
        ipProtocol: 'tcp',
        fromPort: 20,
        toPort: 25,
        ipv4Ranges: [],
        ipv6Ranges: ['::/0'],
      });
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['sg-2']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsNoUnrestrictedSshCheck).status).toBe('INCONCLUSIVE');
  });
});
