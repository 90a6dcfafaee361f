import { epochSeconds } from '../data';
import { type AwsCall, AwsServiceError, page } from '../protocol';

/** JSON 1.1 services: the handler returns the response body; errors are thrown as AwsServiceError. */

/** CloudTrail (target prefix com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101). */
export function handleCloudTrail(call: AwsCall): unknown {
  const { data } = call;
  const arn = (name: string, region: string) =>
    `arn:aws:cloudtrail:${region}:${data.accountId}:trail/${name}`;
  switch (call.action) {
    case 'DescribeTrails': {
      const includeShadow = call.json.includeShadowTrails !== false;
      const trails = data.cloudtrail.trails.filter(
        (t) => includeShadow || t.homeRegion === call.region || !t.isMultiRegionTrail,
      );
      return {
        trailList: trails.map((t) => ({
          Name: t.name,
          S3BucketName: t.s3BucketName,
          IncludeGlobalServiceEvents: t.includeGlobalServiceEvents,
          IsMultiRegionTrail: t.isMultiRegionTrail,
          HomeRegion: t.homeRegion,
          TrailARN: arn(t.name, t.homeRegion),
          LogFileValidationEnabled: t.logFileValidationEnabled,
          HasCustomEventSelectors: false,
          HasInsightSelectors: false,
          IsOrganizationTrail: t.isOrganizationTrail,
        })),
      };
    }
    case 'GetTrailStatus': {
      const name = typeof call.json.Name === 'string' ? call.json.Name : '';
      const trail = data.cloudtrail.trails.find((t) => t.name === name || arn(t.name, t.homeRegion) === name);
      if (!trail) {
        throw new AwsServiceError(
          'TrailNotFoundException',
          `Unknown trail: ${name} for the user: ${data.accountId}`,
          400,
        );
      }
      const recent = epochSeconds('now-0d');
      return trail.isLogging
        ? {
            IsLogging: true,
            LatestDeliveryTime: recent,
            StartLoggingTime: epochSeconds('now-700d'),
            TimeLoggingStarted: '2024-12-01T09:12:44Z',
          }
        : {
            IsLogging: false,
            StopLoggingTime: epochSeconds('now-20d'),
            TimeLoggingStopped: '2026-01-01T00:00:00Z',
          };
    }
    default:
      throw new AwsServiceError('UnknownOperationException', `Unknown operation ${call.action}`, 400);
  }
}

/** KMS (target prefix TrentService). */
export function handleKms(call: AwsCall): unknown {
  const { data } = call;
  const keyArn = (keyId: string) => `arn:aws:kms:${call.region}:${data.accountId}:key/${keyId}`;
  const findKey = () => {
    const id = typeof call.json.KeyId === 'string' ? call.json.KeyId : '';
    const key = data.kms.keys.find((k) => k.keyId === id || keyArn(k.keyId) === id);
    if (!key) {
      throw new AwsServiceError('NotFoundException', `Key '${keyArn(id)}' does not exist`, 400);
    }
    return key;
  };
  switch (call.action) {
    case 'ListKeys': {
      const limit = typeof call.json.Limit === 'number' ? call.json.Limit : undefined;
      const { items, next } = page(
        data.kms.keys,
        limit,
        typeof call.json.Marker === 'string' ? call.json.Marker : undefined,
      );
      return {
        Keys: items.map((k) => ({ KeyId: k.keyId, KeyArn: keyArn(k.keyId) })),
        Truncated: Boolean(next),
        ...(next ? { NextMarker: next } : {}),
      };
    }
    case 'DescribeKey': {
      const key = findKey();
      return {
        KeyMetadata: {
          AWSAccountId: data.accountId,
          KeyId: key.keyId,
          Arn: keyArn(key.keyId),
          CreationDate: epochSeconds(key.creationDate),
          Enabled: key.keyState === 'Enabled',
          Description: key.description,
          KeyUsage: key.keyUsage,
          KeyState: key.keyState,
          Origin: key.origin,
          KeyManager: key.keyManager,
          CustomerMasterKeySpec: key.keySpec,
          KeySpec: key.keySpec,
          EncryptionAlgorithms: key.keyUsage === 'ENCRYPT_DECRYPT' ? ['SYMMETRIC_DEFAULT'] : undefined,
          MultiRegion: false,
        },
      };
    }
    case 'GetKeyRotationStatus': {
      const key = findKey();
      if (key.keySpec !== 'SYMMETRIC_DEFAULT' || key.origin !== 'AWS_KMS') {
        throw new AwsServiceError(
          'UnsupportedOperationException',
          `${keyArn(key.keyId)} key usage or origin does not support rotation.`,
          400,
        );
      }
      return {
        KeyRotationEnabled: key.rotationEnabled,
        KeyId: keyArn(key.keyId),
        ...(key.rotationEnabled
          ? { RotationPeriodInDays: 365, NextRotationDate: epochSeconds('now-0d') + 200 * 86400 }
          : {}),
      };
    }
    default:
      throw new AwsServiceError('UnknownOperationException', `Unknown operation ${call.action}`, 400);
  }
}

/** AWS Config (target prefix StarlingDoveService); Config's JSON members are lower camel case. */
export function handleConfig(call: AwsCall): unknown {
  const { data } = call;
  switch (call.action) {
    case 'DescribeConfigurationRecorders':
      return {
        ConfigurationRecorders: data.config.recorders.map((r) => ({
          arn: `arn:aws:config:${call.region}:${data.accountId}:configuration-recorder/${r.name}/kushimsbx`,
          name: r.name,
          roleARN: `arn:aws:iam::${data.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: {
            allSupported: r.allSupported,
            includeGlobalResourceTypes: r.includeGlobalResourceTypes,
            resourceTypes: [],
          },
          recordingMode: { recordingFrequency: 'CONTINUOUS' },
        })),
      };
    case 'DescribeConfigurationRecorderStatus':
      return {
        ConfigurationRecordersStatus: data.config.recorders.map((r) => ({
          name: r.name,
          lastStartTime: epochSeconds('now-300d'),
          ...(r.recording ? {} : { lastStopTime: epochSeconds('now-30d') }),
          recording: r.recording,
          lastStatus: r.lastStatus,
          lastStatusChangeTime: epochSeconds('now-0d'),
        })),
      };
    default:
      throw new AwsServiceError('UnknownOperationException', `Unknown operation ${call.action}`, 400);
  }
}
