import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { type AwsConfigRecordersEvidence, awsEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey } from './aws-values';

/**
 * AWS Config configuration recorders in the region, what they record and whether they are recording.
 * API calls: config:DescribeConfigurationRecorders, config:DescribeConfigurationRecorderStatus.
 * Permissions: the same two config actions.
 */
export const awsConfigCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'config',
  produces: [awsEvidence.configRecorders],
  permissions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const recorders = await awsCall('config:DescribeConfigurationRecorders', () =>
      clients.config.send(new DescribeConfigurationRecordersCommand({})),
    );
    const statuses = await awsCall('config:DescribeConfigurationRecorderStatus', () =>
      clients.config.send(new DescribeConfigurationRecorderStatusCommand({})),
    );
    const content: AwsConfigRecordersEvidence = {
      accountId,
      region: clients.region,
      recorders: (recorders.ConfigurationRecorders ?? [])
        .map((recorder) => {
          const status = statuses.ConfigurationRecordersStatus?.find((s) => s.name === recorder.name);
          return {
            name: recorder.name ?? '',
            allSupported: recorder.recordingGroup?.allSupported ?? false,
            includeGlobalResourceTypes: recorder.recordingGroup?.includeGlobalResourceTypes ?? false,
            recording: status?.recording ?? false,
            lastStatus: status?.lastStatus ?? null,
          };
        })
        .sort(byKey((r) => r.name)),
    };
    return [{ kind: awsEvidence.configRecorders, collectedAt: now().toISOString(), content }];
  },
});
