import { isoDate } from '../data';
import { type AwsCall, AwsServiceError, page } from '../protocol';

/** GuardDuty over REST-JSON: GET /detector (ListDetectors) and GET /detector/{detectorId} (GetDetector). */
export function handleGuardDuty(call: AwsCall): unknown {
  const { data } = call;
  if (call.method === 'GET' && call.path === '/detector') {
    const size = call.query.get('maxResults');
    const { items, next } = page(
      data.guardduty.detectors,
      size ? Number(size) : undefined,
      call.query.get('nextToken') ?? undefined,
    );
    return { detectorIds: items.map((d) => d.detectorId), ...(next ? { nextToken: next } : {}) };
  }
  const match = /^\/detector\/([^/]+)$/.exec(call.path);
  if (call.method === 'GET' && match) {
    const detector = data.guardduty.detectors.find(
      (d) => d.detectorId === decodeURIComponent(match[1] ?? ''),
    );
    if (!detector) {
      throw new AwsServiceError(
        'BadRequestException',
        'The request is rejected because the input detectorId is not owned by the current account.',
        400,
      );
    }
    return {
      createdAt: isoDate(detector.createdAt),
      findingPublishingFrequency: 'SIX_HOURS',
      serviceRole: `arn:aws:iam::${data.accountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
      status: detector.status,
      updatedAt: isoDate('now-1d'),
      tags: {},
    };
  }
  throw new AwsServiceError('BadRequestException', `No route for ${call.method} ${call.path}`, 400);
}
