import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsRdsStorageEncryptedCheck } from './rds-storage-encrypted.check';

describe('RdsStorageEncrypted', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsRdsStorageEncryptedCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails an unencrypted instance', () => {
    const outcome = evaluate(awsRdsStorageEncryptedCheck, (f) => {
      f.dbInstances.instances[0]!.storageEncrypted = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:rds:us-east-1:412563879012:db:prod']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsRdsStorageEncryptedCheck).status).toBe('INCONCLUSIVE');
  });
});
