import type { AwsBucketData } from '../data';
import { type AwsCall, type AwsReply, AwsServiceError } from '../protocol';
import { checksumHeader } from '../s3/checksums';
import type { S3ObjectStore, StoredObject } from '../s3/object-store';
import { carriesChecksum, header, objectFromUpload } from '../s3/object-upload';

/** An object address in path style: `/<bucket>/<key>`, the key possibly holding slashes. */
interface ObjectAddress {
  bucket: string;
  key: string;
}

const notImplemented = () =>
  new AwsServiceError(
    'NotImplemented',
    'A header or query you provided implies functionality that is not implemented.',
    501,
  );

/** PutObject, GetObject and HeadObject are served here; every other S3 call keeps going to handleS3. */
export function isS3ObjectCall(call: Pick<AwsCall, 'method' | 'path'>): boolean {
  return ['GET', 'HEAD', 'PUT'].includes(call.method) && objectAddress(call.path) !== undefined;
}

/**
 * S3 objects, path-style, kept in memory per sandbox server and scenario: PutObject (`PUT /<bucket>/<key>`, plain or
 * aws-chunked body, Content-MD5 and `x-amz-checksum-*` verified, SSE recorded), GetObject and HeadObject (with
 * `versionId`; checksum headers when `x-amz-checksum-mode: ENABLED`). Errors carry S3's codes and elements.
 */
export function handleS3Object(call: AwsCall, store: S3ObjectStore, scenario: string): AwsReply {
  const address = objectAddress(call.path);
  if (!address) {
    throw notImplemented();
  }
  const bucket = call.data.s3.buckets.find((b) => b.name === address.bucket);
  if (!bucket) {
    throw new AwsServiceError(
      'NoSuchBucket',
      'The specified bucket does not exist',
      404,
      'Sender',
      {},
      {
        BucketName: address.bucket,
      },
    );
  }
  refuseOtherRegion(call, bucket);
  refuseUnsupportedOptions(call);
  if (Buffer.byteLength(address.key) > 1024) {
    throw new AwsServiceError('KeyTooLongError', 'Your key is too long', 400);
  }
  if (call.method === 'PUT') {
    const stored = store.put(
      scenario,
      bucket.name,
      address.key,
      objectFromUpload(call, bucket),
      bucket.versioning === 'Enabled',
    );
    const echoed = carriesChecksum(call) ? checksumHeaders(stored) : {};
    return objectReply(call, 200, { etag: stored.etag, ...storageHeaders(stored), ...echoed }, '');
  }
  const versionId = call.query.get('versionId') ?? undefined;
  const stored = store.get(scenario, bucket.name, address.key, versionId);
  if (!stored) {
    throw versionId === undefined
      ? new AwsServiceError(
          'NoSuchKey',
          'The specified key does not exist.',
          404,
          'Sender',
          {},
          { Key: address.key },
        )
      : new AwsServiceError(
          'NoSuchVersion',
          'The specified version does not exist.',
          404,
          'Sender',
          {},
          {
            Key: address.key,
            VersionId: versionId,
          },
        );
  }
  const headers = {
    'content-type': stored.contentType,
    'content-length': String(stored.bytes.length),
    ...(stored.contentEncoding ? { 'content-encoding': stored.contentEncoding } : {}),
    etag: stored.etag,
    'last-modified': stored.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
    ...storageHeaders(stored),
    ...stored.metadata,
    ...(header(call, 'x-amz-checksum-mode') === 'ENABLED' ? checksumHeaders(stored) : {}),
  };
  // HEAD answers the same headers, Content-Length included, without the bytes.
  return objectReply(call, 200, headers, call.method === 'HEAD' ? '' : stored.bytes);
}

function objectAddress(path: string): ObjectAddress | undefined {
  const match = /^\/([^/]+)\/(.+)$/.exec(path);
  if (!match?.[1] || !match[2]) {
    return undefined;
  }
  return { bucket: decodeURIComponent(match[1]), key: decodeURIComponent(match[2]) };
}

/** A request signed for another region than the bucket's is refused with the region S3 expects. */
function refuseOtherRegion(call: AwsCall, bucket: AwsBucketData): void {
  if (call.region !== bucket.region) {
    throw new AwsServiceError(
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; the region '${call.region}' is wrong; expecting '${bucket.region}'`,
      400,
      'Sender',
      {},
      { Region: bucket.region },
    );
  }
}

/** Sub-resources, copies and ranges are real S3 features this sandbox does not serve: say so rather than ignore them. */
function refuseUnsupportedOptions(call: AwsCall): void {
  const allowedQuery = call.method === 'PUT' ? ['x-id'] : ['x-id', 'versionId'];
  const unsupportedQuery = [...call.query.keys()].some((name) => !allowedQuery.includes(name));
  const unsupportedHeader = ['x-amz-copy-source', 'range'].some((name) => header(call, name) !== undefined);
  if (unsupportedQuery || unsupportedHeader) {
    throw notImplemented();
  }
}

/** Server-side encryption and version id: PutObject, GetObject and HeadObject all answer them. */
function storageHeaders(stored: StoredObject): Record<string, string> {
  return {
    'x-amz-server-side-encryption': stored.encryption.algorithm,
    ...(stored.encryption.kmsKeyId
      ? { 'x-amz-server-side-encryption-aws-kms-key-id': stored.encryption.kmsKeyId }
      : {}),
    ...(stored.versionId ? { 'x-amz-version-id': stored.versionId } : {}),
  };
}

function checksumHeaders(stored: StoredObject): Record<string, string> {
  return {
    [checksumHeader(stored.checksum.algorithm)]: stored.checksum.value,
    'x-amz-checksum-type': 'FULL_OBJECT',
  };
}

function objectReply(
  call: AwsCall,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): AwsReply {
  return {
    status,
    headers: {
      ...headers,
      'x-amz-request-id': call.requestId,
      'x-amz-id-2': Buffer.from(call.requestId).toString('base64'),
    },
    body,
  };
}
