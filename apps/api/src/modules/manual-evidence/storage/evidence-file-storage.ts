/**
 * Where manual evidence files live. Keys are content-addressed (`<orgId>/<sha256>`), so a file is written once and
 * never changes; the database row that cites it carries the same SHA-256, which lets anyone check the bytes.
 */
export interface EvidenceFileStorage {
  /** `local` or `s3`: recorded with each upload, so a download knows where to look after a configuration change. */
  readonly backend: EvidenceStorageBackend;
  /** Stores `bytes` under `key`; storing the same key again is harmless (same content, same key). */
  put(key: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The bytes under `key`; EvidenceFileMissingError when there are none. */
  get(key: string): Promise<Buffer>;
}

export type EvidenceStorageBackend = 'local' | 's3';

export class EvidenceFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No evidence file is stored under ${key}`);
    this.name = 'EvidenceFileMissingError';
  }
}

/** The storage key of an organization's file: one file per content, per organization. */
export function evidenceFileKey(orgId: string, sha256: string): string {
  return `${orgId}/${sha256}`;
}
