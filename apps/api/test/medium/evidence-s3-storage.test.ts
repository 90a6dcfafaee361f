import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createSandbox, type Sandbox } from '@kushim/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '@/config/load-env';
import {
  EvidenceFileMissingError,
  evidenceFileKey,
} from '@/modules/manual-evidence/storage/evidence-file-storage';
import {
  S3EvidenceStorage,
  S3EvidenceStorageError,
  s3EvidenceStorageFrom,
} from '@/modules/manual-evidence/storage/s3-evidence-storage';

/** S3EvidenceStorage against the sandbox's S3 (official SDK, path style), configured the way an operator would. */
describe('S3 evidence storage', () => {
  let sandbox: Sandbox;
  let stateDir: string;
  let storage: S3EvidenceStorage;
  let inspector: S3Client;
  const bucket = 'kushim-evidence';
  const accessKeyId = 'sbx_object-storage_AKIAKUSHIMEVIDENCE';
  const secretAccessKey = 'sandbox-evidence-secret-0123456789';
  const orgId = randomUUID();
  const keyOf = (bytes: Buffer) => evidenceFileKey(orgId, createHash('sha256').update(bytes).digest('hex'));
  const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const storageWith = (overrides: { accessKeyId?: string; bucket?: string }) =>
    new S3EvidenceStorage({
      bucket: overrides.bucket ?? bucket,
      region: 'us-east-1',
      endpoint: `${sandbox.url}/aws`,
      forcePathStyle: true,
      credentials: { accessKeyId: overrides.accessKeyId ?? accessKeyId, secretAccessKey },
    });
  const failure = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected the storage call to fail');
  };

  beforeAll(async () => {
    sandbox = await createSandbox({ port: 0 });
    stateDir = await mkdtemp(path.join(os.tmpdir(), 'kushim-evidence-s3-'));
    const env = loadEnv({
      NODE_ENV: 'test',
      KUSHIM_STATE_DIR: stateDir,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      EVIDENCE_STORAGE: 's3',
      EVIDENCE_S3_BUCKET: bucket,
      EVIDENCE_S3_REGION: 'us-east-1',
      EVIDENCE_S3_ENDPOINT: `${sandbox.url}/aws`,
      EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
      EVIDENCE_S3_ACCESS_KEY_ID: accessKeyId,
      EVIDENCE_S3_SECRET_ACCESS_KEY: secretAccessKey,
    });
    storage = s3EvidenceStorageFrom(env);
    inspector = new S3Client({
      region: 'us-east-1',
      endpoint: `${sandbox.url}/aws`,
      forcePathStyle: true,
      credentials: { accessKeyId, secretAccessKey },
    });
  });
  afterAll(async () => {
    inspector.destroy();
    await sandbox.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  it('returns the identical bytes of a file holding every byte value', async () => {
    const everyByte = Buffer.concat(
      Array.from({ length: 4 }, () => Buffer.from(Array.from({ length: 256 }, (_, i) => i))),
    );
    const key = keyOf(everyByte);
    await storage.put(key, everyByte, 'application/octet-stream');
    expect(storage.backend).toBe('s3');
    expect(await storage.get(key)).toEqual(everyByte);
  });

  it('returns the identical bytes of a file over 5 MB', async () => {
    const large = randomBytes(6 * 1024 * 1024 + 7);
    const key = keyOf(large);
    await storage.put(key, large, 'application/pdf');
    const read = await storage.get(key);
    expect(read.length).toBe(large.length);
    expect(sha256Hex(read)).toBe(sha256Hex(large));
  });

  it('stores the upload with its content type, SSE-S3 encryption and its SHA-256', async () => {
    const pdf = Buffer.from('%PDF-1.7\n% Access review, Q1\n%%EOF\n');
    const key = keyOf(pdf);
    await storage.put(key, pdf, 'application/pdf');
    const head = await inspector.send(
      new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }),
    );
    expect(head).toMatchObject({
      ContentType: 'application/pdf',
      ContentLength: pdf.length,
      ServerSideEncryption: 'AES256',
      ChecksumSHA256: createHash('sha256').update(pdf).digest('base64'),
    });
  });

  it('storing the same file again is harmless', async () => {
    const policy = Buffer.from('# Information security policy v3\n');
    const key = keyOf(policy);
    await storage.put(key, policy, 'text/markdown');
    await storage.put(key, policy, 'text/markdown');
    expect(await storage.get(key)).toEqual(policy);
  });

  it('reports a key with no file as EvidenceFileMissingError', async () => {
    const key = keyOf(Buffer.from('never uploaded'));
    const error = await failure(storage.get(key));
    expect(error).toBeInstanceOf(EvidenceFileMissingError);
    expect((error as EvidenceFileMissingError).key).toBe(key);
  });

  it('refuses bytes that do not match the SHA-256 in their key: S3 answers BadDigest and keeps nothing', async () => {
    const key = keyOf(Buffer.from('the approved policy'));
    const error = await failure(storage.put(key, Buffer.from('a tampered policy'), 'text/plain'));
    expect(error).toBeInstanceOf(S3EvidenceStorageError);
    expect(error.message).toContain('BadDigest (HTTP 400)');
    expect(error.message).toContain(`S3 PutObject of evidence file ${key} in bucket ${bucket}`);
    expect(await failure(storage.get(key))).toBeInstanceOf(EvidenceFileMissingError);
  });

  it('names the S3 error and never the credentials when S3 rejects the access key', async () => {
    const rejectedKeyId = 'AKIAREJECTEDKEY00001';
    const error = await failure(storageWith({ accessKeyId: rejectedKeyId }).get(keyOf(Buffer.from('x'))));
    expect(error).toBeInstanceOf(S3EvidenceStorageError);
    expect((error as S3EvidenceStorageError).status).toBe(403);
    expect(error.message).toContain('InvalidAccessKeyId');
    expect(error.message).not.toContain(rejectedKeyId);
    expect(error.message).not.toContain(secretAccessKey);
  });

  it('does not mistake a missing bucket for a missing file', async () => {
    const error = await failure(storageWith({ bucket: 'kushim-evidence-typo' }).get(keyOf(Buffer.from('x'))));
    expect(error).toBeInstanceOf(S3EvidenceStorageError);
    expect(error.message).toContain('NoSuchBucket (HTTP 404)');
  });

  it('refuses a key that is not <orgId>/<sha256> before calling S3', async () => {
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(
      'Invalid evidence file key',
    );
  });
});
