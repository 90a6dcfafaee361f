import type { Client } from '@okta/okta-sdk-nodejs';
import { defineCollector } from '../../../core/collector';
import { oktaEvidence, type OktaLogStreamsEvidence } from '../evidence';
import type { OktaSettings } from '../settings';
import { byId, orgLabel } from './okta-values';

/**
 * System Log streams (to AWS EventBridge or Splunk Cloud).
 * API call: GET /api/v1/logStreams. Scope: okta.logStreams.read.
 */
export const oktaLogStreamsCollector = defineCollector<Client, OktaSettings>({
  id: 'log-streams',
  produces: [oktaEvidence.logStreams],
  permissions: ['okta.logStreams.read'],
  collect: async (client, { now, settings }) => {
    const streams: OktaLogStreamsEvidence['streams'] = [];
    for await (const stream of await client.logStreamApi.listLogStreams()) {
      if (stream) {
        streams.push({ id: stream.id, name: stream.name, type: stream.type, status: stream.status });
      }
    }
    const content: OktaLogStreamsEvidence = { org: orgLabel(settings), streams: streams.sort(byId) };
    return [{ kind: oktaEvidence.logStreams, collectedAt: now().toISOString(), content }];
  },
});
