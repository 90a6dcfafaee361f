import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaLogStreamsEvidence } from '../evidence';

/**
 * The Okta System Log is streamed to a log platform (an ACTIVE log stream exists), so sign-in and admin activity is
 * retained beyond Okta's 90 days and reaches the security monitoring pipeline. One finding for the org.
 * Criteria: CC7.2, CC2.1. Evidence: okta.logs.streams (GET /api/v1/logStreams). Scope: okta.logStreams.read.
 */
export const oktaLogStreamingCheck = defineCheck({
  id: 'okta.logs.streaming-configured',
  provider: 'okta',
  title: 'Okta System Log is streamed to a log platform',
  severity: 'medium',
  controls: ['KSM-MON-04'],
  criteria: [
    {
      id: 'CC7.2',
      rationale: 'Identity provider activity logs are needed to detect anomalous sign-ins and admin changes.',
    },
    {
      id: 'CC2.1',
      rationale: 'Streaming keeps complete identity logs beyond the provider retention for investigations.',
    },
  ],
  evidence: [oktaEvidence.logStreams],
  remediation:
    'Okta Admin → Reports → Log Streaming → Add Log Stream (AWS EventBridge or Splunk Cloud) and activate it.',
  evaluate: ({ evidence, finding }) => {
    const content = evidence.get<OktaLogStreamsEvidence>(oktaEvidence.logStreams)?.content;
    if (!content) {
      return [];
    }
    const active = content.streams.filter((stream) => stream.status === 'ACTIVE');
    const inactive = content.streams.filter((stream) => stream.status !== 'ACTIVE');
    return [
      finding(
        { type: 'okta-org', id: content.org },
        active.length > 0,
        active.length > 0
          ? `System Log streams to ${active.map((s) => `"${s.name}" (${s.type})`).join(', ')}`
          : inactive.length > 0
            ? `No active log stream: ${inactive.map((s) => `"${s.name}"`).join(', ')} is inactive`
            : 'No log stream is configured',
      ),
    ];
  },
});
