import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithoutEvidence, failedResources } from '../fixtures/check-harness';
import { awsConfigRecorderCheck } from './config-recorder.check';

describe('ConfigRecorder', () => {
  it('passes on a well-configured account', () => {
    const outcome = evaluate(awsConfigRecorderCheck, undefined);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('fails a recorder that is not recording', () => {
    const outcome = evaluate(awsConfigRecorderCheck, (f) => {
      f.configRecorders.recorders[0]!.recording = false;
    });
    expect(outcome.status).toBe('FAIL');
    expect(failedResources(outcome)).toEqual(['412563879012/us-east-1/default']);
  });

  it('fails on the account and region when no recorder exists', () => {
    expect(
      failedResources(
        evaluate(awsConfigRecorderCheck, (f) => {
          f.configRecorders.recorders = [];
        }),
      ),
    ).toEqual(['412563879012/us-east-1']);
  });
  it('is inconclusive without its evidence', () => {
    expect(evaluateWithoutEvidence(awsConfigRecorderCheck).status).toBe('INCONCLUSIVE');
  });
});
