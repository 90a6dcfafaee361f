import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, logStreamsSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaLogStreamingCheck } from './log-streaming.check';

describe('okta.logs.streaming-configured', () => {
  it('passes with an active EventBridge stream', () => {
    const set = evidenceSet([
      logStreamsSnapshot([{ id: '0oa1', name: 'SIEM', type: 'aws_eventbridge', status: 'ACTIVE' }]),
    ]);
    expect(runCheck(oktaLogStreamingCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('fails when the only stream is inactive, and when there is none', () => {
    const inactive = evidenceSet([
      logStreamsSnapshot([
        { id: '0oa1', name: 'SIEM', type: 'splunk_cloud_logstreaming', status: 'INACTIVE' },
      ]),
    ]);
    expect(runCheck(oktaLogStreamingCheck, inactive, fixtureNow).findings[0]?.reason).toBe(
      'No active log stream: "SIEM" is inactive',
    );
    const none = runCheck(oktaLogStreamingCheck, evidenceSet([logStreamsSnapshot([])]), fixtureNow);
    expect(none.status).toBe('FAIL');
    expect(none.findings[0]?.reason).toBe('No log stream is configured');
  });

  it('is inconclusive without log stream evidence', () => {
    expect(runCheck(oktaLogStreamingCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
