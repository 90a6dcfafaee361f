import { describe, expect, it } from 'vitest';
import { JobHandlerRegistrationError, resolveJobHandlers } from './job-handler-registry';

// A fake registry: the boot check is pure, so plain objects stand in for job definitions and discovered methods.
const jobs = [{ name: 'ledger.checkpoint' }, { name: 'evidence.collect' }];
const handler = (jobName: string, owner: string) => ({ jobName, owner });

describe('resolveJobHandlers (worker boot check)', () => {
  it('maps each registered job to its one handler', () => {
    const resolved = resolveJobHandlers(jobs, [
      handler('ledger.checkpoint', 'LedgerCheckpointProcessor.run'),
      handler('evidence.collect', 'CollectProcessor.run'),
    ]);
    expect(resolved.get('ledger.checkpoint')?.owner).toBe('LedgerCheckpointProcessor.run');
    expect(resolved.get('evidence.collect')?.owner).toBe('CollectProcessor.run');
  });

  it('refuses to boot when a registered job has no handler, naming the job', () => {
    const boot = () =>
      resolveJobHandlers(jobs, [handler('ledger.checkpoint', 'LedgerCheckpointProcessor.run')]);
    expect(boot).toThrow(JobHandlerRegistrationError);
    expect(boot).toThrow('job "evidence.collect" has no @JobHandler');
  });

  it('refuses to boot when a job has two handlers, naming the job and both methods', () => {
    const boot = () =>
      resolveJobHandlers(jobs, [
        handler('ledger.checkpoint', 'LedgerCheckpointProcessor.run'),
        handler('ledger.checkpoint', 'OtherProcessor.sign'),
        handler('evidence.collect', 'CollectProcessor.run'),
      ]);
    expect(boot).toThrow(
      'job "ledger.checkpoint" has 2 @JobHandler methods: LedgerCheckpointProcessor.run, OtherProcessor.sign',
    );
  });

  it('refuses to boot when a handler names a job that is not registered', () => {
    const boot = () =>
      resolveJobHandlers(
        [{ name: 'ledger.checkpoint' }],
        [handler('ledger.checkpoint', 'A.run'), handler('ledger.checkpiont', 'B.run')],
      );
    expect(boot).toThrow('@JobHandler("ledger.checkpiont") on B.run names no registered job');
  });
});
