import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsNoFullAdminPolicyCheck } from './no-full-admin-policy.check';

describe('NoFullAdminPolicy', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsNoFullAdminPolicyCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails an attached policy that allows * on *', () => {
    const outcome = evaluate(awsNoFullAdminPolicyCheck, (f) => {
      f.attachedPolicies.policies.push({
        arn: 'arn:aws:iam::412563879012:policy/Admin',
        name: 'Admin',
        attachmentCount: 2,
        defaultVersionId: 'v1',
        document: { Statement: { Effect: 'Allow', Action: '*', Resource: ['*'] } },
      });
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:iam::412563879012:policy/Admin']);
  });

  it('does not count NotAction, Deny or conditional statements as full admin', () => {
    const outcome = evaluate(awsNoFullAdminPolicyCheck, (f) => {
      f.attachedPolicies.policies[0]!.document = {
        Statement: [
          { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*' },
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ],
      };
    });
    expect(outcome.status).toBe('PASS');
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsNoFullAdminPolicyCheck).status).toBe('INCONCLUSIVE');
  });
});
