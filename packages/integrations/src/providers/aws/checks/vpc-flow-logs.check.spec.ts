import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsVpcFlowLogsCheck } from './vpc-flow-logs.check';

describe('VpcFlowLogs', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsVpcFlowLogsCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a VPC without an active flow log', () => {
    const outcome = evaluate(awsVpcFlowLogsCheck, (f) => {
      f.vpcs.vpcs.push({ vpcId: 'vpc-2', isDefault: true, cidrBlock: '172.31.0.0/16', flowLogs: [] });
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['vpc-2']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsVpcFlowLogsCheck).status).toBe('INCONCLUSIVE');
  });
});
