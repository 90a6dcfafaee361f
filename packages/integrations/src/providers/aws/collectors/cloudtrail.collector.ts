import { DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { awsEvidence, type AwsTrailsEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, mapWithConcurrency } from './aws-values';

/**
 * CloudTrail trails visible from the region (including multi-region trails homed elsewhere) and whether each logs.
 * API calls: cloudtrail:DescribeTrails (includeShadowTrails), cloudtrail:GetTrailStatus per trail.
 * Permissions: cloudtrail:DescribeTrails, cloudtrail:GetTrailStatus.
 */
export const awsCloudTrailCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'cloudtrail',
  produces: [awsEvidence.trails],
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const described = await awsCall('cloudtrail:DescribeTrails', () =>
      clients.cloudTrail.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
    );
    const trails = await mapWithConcurrency(described.trailList ?? [], 4, async (trail) => {
      const status = await awsCall('cloudtrail:GetTrailStatus', () =>
        clients.cloudTrail.send(new GetTrailStatusCommand({ Name: trail.TrailARN ?? trail.Name })),
      );
      return {
        name: trail.Name ?? '',
        arn: trail.TrailARN ?? '',
        homeRegion: trail.HomeRegion ?? null,
        isMultiRegionTrail: trail.IsMultiRegionTrail ?? false,
        isOrganizationTrail: trail.IsOrganizationTrail ?? false,
        logFileValidationEnabled: trail.LogFileValidationEnabled ?? false,
        isLogging: status.IsLogging ?? false,
        s3BucketName: trail.S3BucketName ?? null,
      };
    });
    const content: AwsTrailsEvidence = {
      accountId,
      region: clients.region,
      trails: trails.sort(byKey((t) => t.arn)),
    };
    return [{ kind: awsEvidence.trails, collectedAt: now().toISOString(), content }];
  },
});
