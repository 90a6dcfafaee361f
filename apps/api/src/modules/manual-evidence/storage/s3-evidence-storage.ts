import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Env } from '@/config/env.schema';
import {
  EvidenceFileMissingError,
  type EvidenceFileStorage,
  type EvidenceStorageBackend,
} from './evidence-file-storage';

export interface S3EvidenceStorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, R2, the sandbox); unset → AWS's own endpoint for the region. */
  endpoint?: string;
  /** `https://<endpoint>/<bucket>/<key>` instead of `https://<bucket>.<endpoint>/<key>`: most S3-compatible stores. */
  forcePathStyle: boolean;
  /** Unset → the AWS SDK's default credential chain (instance or task role, AWS_* variables, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

type S3Operation = 'PutObject' | 'GetObject';

/** S3 refused or could not serve a call; the message names the operation, key, S3's error code and request id. */
export class S3EvidenceStorageError extends Error {
  constructor(
    readonly operation: S3Operation,
    readonly key: string,
    /** S3's HTTP status, when S3 answered. */
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'S3EvidenceStorageError';
  }
}

/** `<orgId>/<sha256 hex>` (evidenceFileKey): the same shape the local storage accepts. */
const KEY = /^[0-9a-f-]{36}\/([0-9a-f]{64})$/;

/**
 * Manual evidence files in an S3 bucket (or an S3-compatible store). Each upload carries the file's SHA-256, which
 * S3 checks against the bytes it receives (BadDigest otherwise) and returns on download, where the SDK checks it
 * again; objects are encrypted at rest with SSE-S3 whatever the bucket's default.
 */
export class S3EvidenceStorage implements EvidenceFileStorage {
  readonly backend: EvidenceStorageBackend = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly secrets: string[];

  constructor(options: S3EvidenceStorageOptions) {
    this.bucket = options.bucket;
    this.secrets = options.credentials
      ? [options.credentials.secretAccessKey, options.credentials.accessKeyId].filter(Boolean)
      : [];
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // Without these a store that stops answering would hold an upload request open forever.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
    });
  }

  async put(key: string, bytes: Buffer, mediaType: string): Promise<void> {
    const sha256 = sha256OfKey(key);
    try {
      // A Buffer body makes the SDK send one whole-body request (no aws-chunked encoding); with our SHA-256 header
      // present it adds no checksum of its own.
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: mediaType,
          ServerSideEncryption: 'AES256',
          // Also sends x-amz-sdk-checksum-algorithm, which S3 Object Lock requires on uploads with a retention.
          ChecksumAlgorithm: 'SHA256',
          ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
        }),
      );
    } catch (error) {
      throw this.failure('PutObject', key, error);
    }
  }

  async get(key: string): Promise<Buffer> {
    sha256OfKey(key);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }),
      );
      if (!response.Body) {
        throw new Error('the response has no body');
      }
      // Reading the body is where the SDK compares the bytes with the stored checksum.
      return Buffer.from(await response.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) {
        throw new EvidenceFileMissingError(key);
      }
      throw this.failure('GetObject', key, error);
    }
  }

  private failure(operation: S3Operation, key: string, error: unknown): S3EvidenceStorageError {
    const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
    const requestId = error instanceof S3ServiceException ? error.$metadata.requestId : undefined;
    const cause =
      error instanceof Error
        ? `${error.name}${status ? ` (HTTP ${status})` : ''}: ${error.message}`
        : String(error);
    const message = `S3 ${operation} of evidence file ${key} in bucket ${this.bucket} failed: ${cause}${
      requestId ? ` [request id ${requestId}]` : ''
    }`;
    return new S3EvidenceStorageError(operation, key, status, this.redacted(message));
  }

  /** SDK messages do not carry credentials, but a misbehaving S3-compatible store could echo them back. */
  private redacted(text: string): string {
    return this.secrets.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
  }
}

function sha256OfKey(key: string): string {
  const sha256 = KEY.exec(key)?.[1];
  if (!sha256) {
    throw new Error(`Invalid evidence file key ${JSON.stringify(key)}`);
  }
  return sha256;
}

/** The storage EVIDENCE_STORAGE=s3 selects, configured by the EVIDENCE_S3_* variables. */
export function s3EvidenceStorageFrom(env: Env): S3EvidenceStorage {
  if (!env.EVIDENCE_S3_BUCKET) {
    // The env schema already refuses this combination; the check keeps the types honest.
    throw new Error('EVIDENCE_S3_BUCKET is required when EVIDENCE_STORAGE=s3');
  }
  const accessKeyId = env.EVIDENCE_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.EVIDENCE_S3_SECRET_ACCESS_KEY;
  return new S3EvidenceStorage({
    bucket: env.EVIDENCE_S3_BUCKET,
    region: env.EVIDENCE_S3_REGION,
    ...(env.EVIDENCE_S3_ENDPOINT ? { endpoint: env.EVIDENCE_S3_ENDPOINT } : {}),
    forcePathStyle: env.EVIDENCE_S3_FORCE_PATH_STYLE,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  });
}
