import type { AwsBucketData } from '../data';
import { type AwsCall, AwsServiceError } from '../protocol';
import { AwsChunkedDecodeError, decodeAwsChunked } from './aws-chunked';
import {
  type ChecksumAlgorithm,
  checksumAlgorithms,
  checksumHeader,
  checksumLength,
  checksumOf,
  md5Hex,
} from './checksums';
import type { ServerSideEncryption, StoredObject } from './object-store';

/**
 * Turns a PutObject request into the object S3 would store, refusing it the way S3 does: a body that does not match
 * its Content-MD5 or its `x-amz-checksum-*` value (sent as a header or as an aws-chunked trailer) is BadDigest.
 */
export function objectFromUpload(call: AwsCall, bucket: AwsBucketData): Omit<StoredObject, 'versionId'> {
  const { bytes, trailers, contentEncoding } = decodedBody(call);
  verifyContentMd5(call, bytes);
  return {
    bytes,
    contentType: header(call, 'content-type') ?? 'binary/octet-stream',
    ...(contentEncoding ? { contentEncoding } : {}),
    etag: `"${md5Hex(bytes)}"`,
    lastModified: new Date(),
    checksum: verifiedChecksum(call, bytes, trailers),
    encryption: encryptionOf(call, bucket),
    metadata: Object.fromEntries(
      Object.keys(call.headers)
        .filter((name) => name.startsWith('x-amz-meta-'))
        .map((name) => [name, header(call, name) ?? '']),
    ),
  };
}

/** Whether the upload sent a checksum (as a header or announced as a trailer), which PutObject then echoes. */
export function carriesChecksum(call: AwsCall): boolean {
  const trailer = header(call, 'x-amz-trailer')?.trim().toLowerCase();
  return (
    Boolean(trailer?.startsWith('x-amz-checksum-')) ||
    checksumAlgorithms.some((algorithm) => header(call, checksumHeader(algorithm)) !== undefined)
  );
}

export function header(call: AwsCall, name: string): string | undefined {
  const value = call.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodedBody(call: AwsCall): {
  bytes: Buffer;
  trailers: Record<string, string>;
  contentEncoding?: string;
} {
  const raw = call.body ?? Buffer.alloc(0);
  const encodings = (header(call, 'content-encoding') ?? '')
    .split(',')
    .map((encoding) => encoding.trim())
    .filter(Boolean);
  const contentEncoding = encodings.filter((encoding) => encoding !== 'aws-chunked').join(',') || undefined;
  if (!encodings.includes('aws-chunked')) {
    return { bytes: raw, trailers: {}, contentEncoding };
  }
  const declared = header(call, 'x-amz-decoded-content-length');
  if (declared === undefined || !/^\d+$/.test(declared)) {
    throw new AwsServiceError(
      'MissingContentLength',
      'You must provide the Content-Length HTTP header.',
      411,
    );
  }
  let decoded;
  try {
    decoded = decodeAwsChunked(raw);
  } catch (error) {
    if (error instanceof AwsChunkedDecodeError) {
      throw new AwsServiceError(
        'IncompleteBody',
        `The aws-chunked body is malformed: ${error.message}.`,
        400,
      );
    }
    throw error;
  }
  if (decoded.bytes.length !== Number(declared)) {
    throw new AwsServiceError(
      'IncompleteBody',
      'You did not provide the number of bytes specified by the Content-Length HTTP header.',
      400,
    );
  }
  return { ...decoded, contentEncoding };
}

function verifyContentMd5(call: AwsCall, bytes: Buffer): void {
  const sent = header(call, 'content-md5');
  if (sent === undefined) {
    return;
  }
  const digest = Buffer.from(sent, 'base64');
  if (digest.length !== 16) {
    throw new AwsServiceError('InvalidDigest', 'The Content-MD5 you specified was not valid.', 400);
  }
  if (digest.toString('hex') !== md5Hex(bytes)) {
    throw new AwsServiceError(
      'BadDigest',
      'The Content-MD5 you specified did not match what we received.',
      400,
    );
  }
}

function verifiedChecksum(
  call: AwsCall,
  bytes: Buffer,
  trailers: Record<string, string>,
): StoredObject['checksum'] {
  const trailer = header(call, 'x-amz-trailer')?.trim().toLowerCase();
  if (trailer?.startsWith('x-amz-checksum-') && trailers[trailer] === undefined) {
    throw new AwsServiceError(
      'MalformedTrailerError',
      'The request contained trailing data that was not well-formed or did not conform to our published schema.',
      400,
    );
  }
  const sent = checksumAlgorithms.flatMap((algorithm) => {
    const name = checksumHeader(algorithm);
    const value = name === trailer ? trailers[name] : header(call, name);
    return value === undefined ? [] : [{ algorithm, value }];
  });
  if (sent.length > 1) {
    throw new AwsServiceError(
      'InvalidRequest',
      'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
      400,
    );
  }
  const [claimed] = sent;
  if (!claimed) {
    // S3 gives every object written without a checksum a CRC64NVME of its own.
    return { algorithm: 'CRC64NVME', value: checksumOf('CRC64NVME', bytes) };
  }
  return { algorithm: claimed.algorithm, value: matchingChecksum(claimed.algorithm, claimed.value, bytes) };
}

function matchingChecksum(algorithm: ChecksumAlgorithm, claimed: string, bytes: Buffer): string {
  const digest = Buffer.from(claimed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(claimed) || digest.length !== checksumLength[algorithm]) {
    throw new AwsServiceError(
      'InvalidRequest',
      `Value for ${checksumHeader(algorithm)} header is invalid.`,
      400,
    );
  }
  const actual = checksumOf(algorithm, bytes);
  if (!digest.equals(Buffer.from(actual, 'base64'))) {
    throw new AwsServiceError(
      'BadDigest',
      `The ${algorithm} you specified did not match the calculated checksum.`,
      400,
    );
  }
  return actual;
}

const encryptions: readonly ServerSideEncryption[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];

/** The requested server-side encryption, else the bucket's default, else SSE-S3 (S3 encrypts every new object). */
function encryptionOf(call: AwsCall, bucket: AwsBucketData): StoredObject['encryption'] {
  if (header(call, 'x-amz-server-side-encryption-customer-algorithm') !== undefined) {
    throw new AwsServiceError(
      'NotImplemented',
      'A header or query you provided implies functionality that is not implemented.',
      501,
    );
  }
  const requested = header(call, 'x-amz-server-side-encryption');
  const algorithm = requested ?? bucket.encryption?.algorithm ?? 'AES256';
  const known = encryptions.find((candidate) => candidate === algorithm);
  if (!known) {
    throw new AwsServiceError(
      'InvalidArgument',
      'The encryption method specified is not supported',
      400,
      'Sender',
      {},
      { ArgumentName: 'x-amz-server-side-encryption', ArgumentValue: algorithm },
    );
  }
  if (known === 'AES256') {
    return { algorithm: known };
  }
  const kmsKeyId =
    header(call, 'x-amz-server-side-encryption-aws-kms-key-id') ??
    bucket.encryption?.kmsMasterKeyId ??
    `arn:aws:kms:${bucket.region}:${call.data.accountId}:alias/aws/s3`;
  return { algorithm: known, kmsKeyId };
}
