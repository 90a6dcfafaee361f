import { GetDetectorCommand, paginateListDetectors } from '@aws-sdk/client-guardduty';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { awsEvidence, type AwsGuardDutyEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, mapWithConcurrency } from './aws-values';

/**
 * GuardDuty detectors in the region and their status.
 * API calls: guardduty:ListDetectors (GET /detector), guardduty:GetDetector (GET /detector/{id}).
 * Permissions: guardduty:ListDetectors, guardduty:GetDetector.
 */
export const awsGuardDutyCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'guardduty',
  produces: [awsEvidence.guardDutyDetectors],
  permissions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const ids = await awsCall('guardduty:ListDetectors', async () => {
      const all: string[] = [];
      for await (const page of paginateListDetectors({ client: clients.guardDuty }, {})) {
        all.push(...(page.DetectorIds ?? []));
      }
      return all;
    });
    const detectors = await mapWithConcurrency(ids, 4, async (DetectorId) => {
      const detector = await awsCall('guardduty:GetDetector', () =>
        clients.guardDuty.send(new GetDetectorCommand({ DetectorId })),
      );
      return { detectorId: DetectorId, status: detector.Status ?? 'UNKNOWN' };
    });
    const content: AwsGuardDutyEvidence = {
      accountId,
      region: clients.region,
      detectors: detectors.sort(byKey((d) => d.detectorId)),
    };
    return [{ kind: awsEvidence.guardDutyDetectors, collectedAt: now().toISOString(), content }];
  },
});
