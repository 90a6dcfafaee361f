import { describe, expect, it } from 'vitest';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../core/errors';
import { awsCall } from './collectors/aws-call';
import { classifyAwsError } from './errors';

const sdkError = (name: string, status: number, message = '', headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    $response: { headers },
  });

describe('classifyAwsError', () => {
  it.each([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'AuthFailure',
    'ExpiredToken',
    'SignatureDoesNotMatch',
  ])('types %s as rejected credentials', (code) => {
    expect(classifyAwsError(sdkError(code, 403))).toBeInstanceOf(IntegrationAuthError);
  });

  it('names the IAM action from the AccessDenied message', () => {
    const typed = classifyAwsError(
      sdkError(
        'AccessDeniedException',
        400,
        'User: arn:aws:iam::1:user/k is not authorized to perform: kms:ListKeys',
      ),
    );
    expect(typed).toBeInstanceOf(IntegrationPermissionError);
    expect((typed as IntegrationPermissionError).missingPermissions).toEqual(['kms:ListKeys']);
  });

  it('names the action the collector recorded when S3 answers a bare Access Denied', async () => {
    const error = await awsCall('s3:GetBucketVersioning', () =>
      Promise.reject(sdkError('AccessDenied', 403, 'Access Denied')),
    ).catch((e: unknown) => e);
    expect((classifyAwsError(error) as IntegrationPermissionError).missingPermissions).toEqual([
      's3:GetBucketVersioning',
    ]);
  });

  it('types EC2 UnauthorizedOperation as a missing permission', () => {
    expect(
      classifyAwsError(
        sdkError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'),
      ),
    ).toBeInstanceOf(IntegrationPermissionError);
  });

  it.each([
    ['Throttling', 400],
    ['ThrottlingException', 400],
    ['RequestLimitExceeded', 503],
    ['SlowDown', 503],
    ['TooManyRequestsException', 429],
  ])('types %s as a rate limit carrying Retry-After', (code, status) => {
    const typed = classifyAwsError(sdkError(code, status, 'Rate exceeded', { 'retry-after': '3' }));
    expect(typed).toBeInstanceOf(ProviderRateLimitedError);
    expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(3000);
  });

  it('types 5xx answers and connection resets as unavailable', () => {
    expect(classifyAwsError(sdkError('InternalFailure', 500))).toBeInstanceOf(ProviderUnavailableError);
    expect(
      classifyAwsError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
    ).toBeInstanceOf(ProviderUnavailableError);
  });
});
