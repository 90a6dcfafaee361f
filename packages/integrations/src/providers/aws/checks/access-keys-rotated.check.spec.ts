import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsAccessKeysRotatedCheck } from './access-keys-rotated.check';

describe('AccessKeysRotated', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsAccessKeysRotatedCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails an active key older than 90 days and ignores inactive keys', () => {
    const outcome = evaluate(awsAccessKeysRotatedCheck, (f) => {
      f.users.users[1]!.accessKeys[0]!.createDate = '2026-07-01T00:00:00.000Z';
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['AKIACI']);
  });

  it('honours a stricter accessKeyMaxAgeDays setting', () => {
    expect(
      failedResources(evaluate(awsAccessKeysRotatedCheck, () => undefined, { accessKeyMaxAgeDays: 45 })),
    ).toEqual(['AKIAALICE']);
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsAccessKeysRotatedCheck).status).toBe('INCONCLUSIVE');
  });
});
