import { randomBytes } from 'node:crypto';
import type { ChecksumAlgorithm } from './checksums';

export type ServerSideEncryption = 'AES256' | 'aws:kms' | 'aws:kms:dsse';

/** One version of an S3 object, as PutObject stored it. */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
  /** What remains of Content-Encoding once `aws-chunked` is removed. */
  contentEncoding?: string;
  /** Quoted hex MD5 of the bytes, as S3 writes the ETag of a single-part upload. */
  etag: string;
  lastModified: Date;
  /** Set only in a bucket with versioning enabled. */
  versionId?: string;
  /** The checksum sent with the upload, or the CRC64NVME S3 computes when none is sent. */
  checksum: { algorithm: ChecksumAlgorithm; value: string };
  encryption: { algorithm: ServerSideEncryption; kmsKeyId?: string };
  /** `x-amz-meta-*` headers, names lower-cased. */
  metadata: Record<string, string>;
}

/**
 * Objects written through the sandbox, in memory for the life of one sandbox server. Each scenario is its own AWS
 * world, so the same bucket and key under two scenarios are two objects.
 */
export class S3ObjectStore {
  private readonly versions = new Map<string, StoredObject[]>();

  /** Stores a new version (versioned bucket) or replaces the object; returns what was stored. */
  put(
    scenario: string,
    bucket: string,
    key: string,
    object: Omit<StoredObject, 'versionId'>,
    versioned: boolean,
  ): StoredObject {
    const id = storeKey(scenario, bucket, key);
    if (!versioned) {
      this.versions.set(id, [object]);
      return object;
    }
    const stored = { ...object, versionId: newVersionId() };
    this.versions.set(id, [...(this.versions.get(id) ?? []), stored]);
    return stored;
  }

  /** The latest version, or the one named by `versionId`. */
  get(scenario: string, bucket: string, key: string, versionId?: string): StoredObject | undefined {
    const versions = this.versions.get(storeKey(scenario, bucket, key)) ?? [];
    return versionId === undefined ? versions.at(-1) : versions.find((v) => v.versionId === versionId);
  }
}

function storeKey(scenario: string, bucket: string, key: string): string {
  return JSON.stringify([scenario, bucket, key]);
}

/** S3 version ids are opaque URL-safe strings of 32 characters. */
function newVersionId(): string {
  return randomBytes(24).toString('base64url');
}
