import { type AwsPublicAccessBlockData, isoDate } from '../data';
import { type AwsCall, type AwsReply, AwsServiceError, xmlReply } from '../protocol';
import { document, el, list, text } from '../xml';

const s3Namespace = 'http://s3.amazonaws.com/doc/2006-03-01/';
const s3ControlNamespace = 'http://awss3control.amazonaws.com/doc/2018-08-20/';

/**
 * S3 REST/XML, path-style (`/<bucket>?<subresource>`), and S3 Control's account public access block
 * (`GET /v20180820/configuration/publicAccessBlock` with the `x-amz-account-id` header).
 */
export function handleS3(call: AwsCall): AwsReply {
  const { data } = call;
  if (call.path.startsWith('/v20180820/')) {
    return handleS3Control(call);
  }
  const bucketName = decodeURIComponent(call.path.split('/').filter(Boolean)[0] ?? '');
  if (call.method !== 'GET') {
    throw new AwsServiceError(
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
      405,
    );
  }
  if (!bucketName) {
    return xmlReply(
      document('ListAllMyBucketsResult', s3Namespace, [
        el('Owner', [
          text('ID', `${data.accountId}c0ffee`),
          text('DisplayName', data.accountAlias ?? 'owner'),
        ]),
        list('Buckets', 'Bucket', data.s3.buckets, (b) => [
          text('Name', b.name),
          text('CreationDate', isoDate(b.creationDate)),
          text('BucketRegion', b.region),
        ]),
      ]),
      call.requestId,
    );
  }
  const bucket = data.s3.buckets.find((b) => b.name === bucketName);
  if (!bucket) {
    throw new AwsServiceError('NoSuchBucket', 'The specified bucket does not exist', 404);
  }
  const has = (subresource: string) => call.query.has(subresource);
  if (has('location')) {
    // us-east-1 is written as an empty LocationConstraint.
    const region = bucket.region === 'us-east-1' ? '' : bucket.region;
    return xmlReply(
      `<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="${s3Namespace}">${region}</LocationConstraint>`,
      call.requestId,
    );
  }
  if (has('encryption')) {
    const rule = bucket.encryption;
    if (!rule) {
      throw new AwsServiceError(
        'ServerSideEncryptionConfigurationNotFoundError',
        'The server side encryption configuration was not found',
        404,
      );
    }
    return xmlReply(
      document('ServerSideEncryptionConfiguration', s3Namespace, [
        el('Rule', [
          el('ApplyServerSideEncryptionByDefault', [
            text('SSEAlgorithm', rule.algorithm),
            text('KMSMasterKeyID', rule.kmsMasterKeyId),
          ]),
          text('BucketKeyEnabled', rule.bucketKeyEnabled ?? false),
        ]),
      ]),
      call.requestId,
    );
  }
  if (has('publicAccessBlock')) {
    if (!bucket.publicAccessBlock) {
      throw new AwsServiceError(
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
        404,
      );
    }
    return xmlReply(
      document('PublicAccessBlockConfiguration', s3Namespace, publicAccessBlockXml(bucket.publicAccessBlock)),
      call.requestId,
    );
  }
  if (has('versioning')) {
    return xmlReply(
      document('VersioningConfiguration', s3Namespace, [text('Status', bucket.versioning)]),
      call.requestId,
    );
  }
  throw new AwsServiceError(
    'NotImplemented',
    'A header or query you provided implies functionality that is not implemented.',
    501,
  );
}

function handleS3Control(call: AwsCall): AwsReply {
  const { data } = call;
  const accountId = call.headers['x-amz-account-id'];
  if (call.method !== 'GET' || call.path !== '/v20180820/configuration/publicAccessBlock') {
    throw new AwsServiceError(
      'NotImplemented',
      'A header or query you provided implies functionality that is not implemented.',
      501,
    );
  }
  if (accountId !== data.accountId) {
    throw new AwsServiceError('AccessDenied', 'Access Denied', 403);
  }
  if (!data.s3.accountPublicAccessBlock) {
    throw new AwsServiceError(
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found',
      404,
    );
  }
  return xmlReply(
    document(
      'PublicAccessBlockConfiguration',
      s3ControlNamespace,
      publicAccessBlockXml(data.s3.accountPublicAccessBlock),
    ),
    call.requestId,
  );
}

function publicAccessBlockXml(block: AwsPublicAccessBlockData): string[] {
  return [
    text('BlockPublicAcls', block.BlockPublicAcls),
    text('IgnorePublicAcls', block.IgnorePublicAcls),
    text('BlockPublicPolicy', block.BlockPublicPolicy),
    text('RestrictPublicBuckets', block.RestrictPublicBuckets),
  ];
}
