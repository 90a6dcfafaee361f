import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from './check';
import { applyExceptions, mergeOutcomes } from './evaluation';
import type { Finding } from './finding';

const finding = (id: string, status: 'PASS' | 'FAIL'): Finding => ({
  resource: { type: 'user', id },
  status,
  reason: `${id} ${status}`,
  evidence: ['okta.users.directory'],
});
const outcome = (status: CheckOutcome['status'], findings: Finding[] = []): CheckOutcome => ({
  checkId: 'okta.users.mfa-enrolled',
  status,
  findings,
  missingEvidence: status === 'INCONCLUSIVE' ? ['okta.users.factors'] : [],
});

describe('mergeOutcomes', () => {
  it('lets a failure or a gap in one integration outweigh a pass in another', () => {
    expect(
      mergeOutcomes('c', [outcome('PASS', [finding('a', 'PASS')]), outcome('FAIL', [finding('b', 'FAIL')])])
        .status,
    ).toBe('FAIL');
    expect(mergeOutcomes('c', [outcome('PASS'), outcome('INCONCLUSIVE')]).status).toBe('INCONCLUSIVE');
    expect(mergeOutcomes('c', [outcome('NOT_APPLICABLE'), outcome('PASS')]).status).toBe('PASS');
  });
});

describe('applyExceptions', () => {
  const exception = { id: 'e1', checkId: 'okta.users.mfa-enrolled', resourceId: 'b' };

  it('passes a check whose only failing finding is excepted, keeping the finding marked', () => {
    const result = applyExceptions(outcome('FAIL', [finding('a', 'PASS'), finding('b', 'FAIL')]), [
      exception,
    ]);
    expect(result.status).toBe('PASS');
    expect(result.findings.map((f) => [f.resource.id, f.status, f.excepted])).toEqual([
      ['a', 'PASS', false],
      ['b', 'FAIL', true],
    ]);
  });

  it('still fails when another resource fails, and ignores exceptions of other checks', () => {
    expect(
      applyExceptions(outcome('FAIL', [finding('b', 'FAIL'), finding('c', 'FAIL')]), [exception]).status,
    ).toBe('FAIL');
    expect(
      applyExceptions(outcome('FAIL', [finding('b', 'FAIL')]), [{ ...exception, checkId: 'other' }]).status,
    ).toBe('FAIL');
  });
});
