import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsRdsBackupRetentionCheck } from './rds-backup-retention.check';

describe('RdsBackupRetention', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsRdsBackupRetentionCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails an instance keeping backups under 7 days', () => {
    const outcome = evaluate(awsRdsBackupRetentionCheck, (f) => {
      f.dbInstances.instances[0]!.backupRetentionPeriod = 3;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['arn:aws:rds:us-east-1:412563879012:db:prod']);
  });

  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsRdsBackupRetentionCheck).status).toBe('INCONCLUSIVE');
  });
});
