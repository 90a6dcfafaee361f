import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  type ChecksumAlgorithm,
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../server';

/** S3 object routes through the official AWS SDK v3, as an S3-compatible endpoint (path style) is used by Kushim. */
describe('sandbox S3 objects', () => {
  let sandbox: Sandbox;
  const clients: S3Client[] = [];
  const s3 = (accessKeyId = 'sbx_object-storage_AKIAEVIDENCE', extra: Partial<S3ClientConfig> = {}) => {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: `${sandbox.url}/aws`,
      forcePathStyle: true,
      credentials: { accessKeyId, secretAccessKey: 'sandbox-secret' },
      maxAttempts: 1,
      ...extra,
    });
    clients.push(client);
    return client;
  };
  const Bucket = 'kushim-evidence';
  const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
  const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
  const rejection = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      return error as Error & { $metadata?: { httpStatusCode?: number; requestId?: string } };
    }
    throw new Error('expected the call to fail');
  };
  /** Any request the sandbox accepts as signed by `accessKeyId` (it reads the scope, it does not verify signatures). */
  const rawS3 = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
  ) =>
    fetch(`${sandbox.url}/aws${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...init.headers,
        authorization: `AWS4-HMAC-SHA256 Credential=sbx_object-storage_AKIAEVIDENCE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00`,
      },
      ...(init.body ? { body: init.body } : {}),
    });

  beforeAll(async () => {
    sandbox = await createSandbox();
  });
  afterAll(async () => {
    for (const client of clients) {
      client.destroy();
    }
    await sandbox.close();
  });

  it('stores a PutObject and answers GetObject with the same bytes, ETag, content type, SSE and version', async () => {
    const client = s3();
    const put = await client.send(
      new PutObjectCommand({
        Bucket,
        Key: 'org-1/every-byte.bin',
        Body: everyByte,
        ContentType: 'application/pdf',
        ServerSideEncryption: 'AES256',
        ChecksumSHA256: sha256(everyByte),
        Metadata: { uploader: 'dana' },
      }),
    );
    expect(put.ETag).toBe(`"${md5(everyByte)}"`);
    expect(put.ServerSideEncryption).toBe('AES256');
    expect(put.ChecksumSHA256).toBe(sha256(everyByte));
    expect(put.VersionId).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const got = await client.send(new GetObjectCommand({ Bucket, Key: 'org-1/every-byte.bin' }));
    expect(Buffer.from(await got.Body!.transformToByteArray())).toEqual(everyByte);
    expect(got).toMatchObject({
      ContentType: 'application/pdf',
      ContentLength: 256,
      ETag: put.ETag,
      ServerSideEncryption: 'AES256',
      VersionId: put.VersionId,
      ChecksumSHA256: sha256(everyByte),
      Metadata: { uploader: 'dana' },
    });
    expect(got.LastModified).toBeInstanceOf(Date);
  });

  it('answers HeadObject with the stored headers and no body', async () => {
    const client = s3();
    const bytes = Buffer.from('board minutes, 2026-Q1');
    await client.send(
      new PutObjectCommand({ Bucket, Key: 'org-1/minutes.txt', Body: bytes, ContentType: 'text/plain' }),
    );
    const head = await client.send(
      new HeadObjectCommand({ Bucket, Key: 'org-1/minutes.txt', ChecksumMode: 'ENABLED' }),
    );
    expect(head).toMatchObject({
      ContentLength: bytes.length,
      ContentType: 'text/plain',
      ETag: `"${md5(bytes)}"`,
      ServerSideEncryption: 'AES256',
    });
    // The SDK sent its default CRC32 for this upload; S3 keeps the checksum it was given.
    expect(head.ChecksumCRC32).toBeDefined();
  });

  it('keeps bodies of any content type byte for byte (JSON, XML, form data are not parsed)', async () => {
    const client = s3();
    const bodies = {
      'application/json': Buffer.from('{ "policy":  "access" }\n'),
      'application/xml': Buffer.from('<policy>\u00e9</policy>', 'latin1'),
      'application/x-www-form-urlencoded': Buffer.from('a=1&a=2&b=%zz'),
      'text/plain': Buffer.from([0xff, 0xfe, 0x00, 0x41]),
    };
    for (const [ContentType, Body] of Object.entries(bodies)) {
      await client.send(new PutObjectCommand({ Bucket, Key: `types/${ContentType}`, Body, ContentType }));
      const got = await client.send(new GetObjectCommand({ Bucket, Key: `types/${ContentType}` }));
      expect(Buffer.from(await got.Body!.transformToByteArray())).toEqual(Body);
      expect(got.ContentType).toBe(ContentType);
    }
  });

  it.each<ChecksumAlgorithm>(['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'])(
    'decodes a streamed aws-chunked upload and verifies its %s trailer',
    async (algorithm) => {
      const client = s3();
      const bytes = Buffer.alloc(300_000, everyByte);
      const Key = `streamed/${algorithm}`;
      const put = await client.send(
        new PutObjectCommand({
          Bucket,
          Key,
          Body: Readable.from([bytes.subarray(0, 100_000), bytes.subarray(100_000)]),
          ContentLength: bytes.length,
          ChecksumAlgorithm: algorithm,
        }),
      );
      expect(put.ETag).toBe(`"${md5(bytes)}"`);
      const got = await client.send(new GetObjectCommand({ Bucket, Key, ChecksumMode: 'ENABLED' }));
      // The SDK checks the returned checksum header against the bytes it reads.
      expect(md5(Buffer.from(await got.Body!.transformToByteArray()))).toBe(md5(bytes));
      expect(got.ContentEncoding).toBeUndefined();
    },
  );

  it('gives an upload sent without a checksum a CRC64NVME the SDK can verify on download', async () => {
    const client = s3('sbx_object-storage_AKIAEVIDENCE', { requestChecksumCalculation: 'WHEN_REQUIRED' });
    const bytes = Buffer.alloc(70_000, everyByte);
    await client.send(new PutObjectCommand({ Bucket, Key: 'no-checksum.bin', Body: bytes }));
    const got = await client.send(
      new GetObjectCommand({ Bucket, Key: 'no-checksum.bin', ChecksumMode: 'ENABLED' }),
    );
    expect(md5(Buffer.from(await got.Body!.transformToByteArray()))).toBe(md5(bytes));
    expect(got.ChecksumCRC64NVME).toBeDefined();
  });

  it('refuses a body that does not match its SHA-256 or its Content-MD5 (BadDigest) and stores nothing', async () => {
    const client = s3();
    const Key = 'tampered.bin';
    const badSha = await rejection(
      client.send(
        new PutObjectCommand({ Bucket, Key, Body: everyByte, ChecksumSHA256: sha256(Buffer.from('other')) }),
      ),
    );
    expect(badSha.name).toBe('BadDigest');
    expect(badSha.message).toBe('The SHA256 you specified did not match the calculated checksum.');
    expect(badSha.$metadata?.httpStatusCode).toBe(400);
    const badMd5 = await rejection(
      client.send(
        new PutObjectCommand({
          Bucket,
          Key,
          Body: everyByte,
          ContentMD5: createHash('md5').update('other').digest('base64'),
        }),
      ),
    );
    expect(badMd5.name).toBe('BadDigest');
    expect((await rejection(client.send(new GetObjectCommand({ Bucket, Key })))).name).toBe('NoSuchKey');
  });

  it('refuses an aws-chunked upload whose trailing checksum or decoded length does not match', async () => {
    const chunked = (trailer: string) =>
      Buffer.from(`b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:${trailer}\r\n\r\n`, 'latin1');
    const upload = (body: Buffer, decodedLength: string) =>
      rawS3(`/${Bucket}/chunked.txt`, {
        method: 'PUT',
        headers: {
          'content-type': 'text/plain',
          'content-encoding': 'aws-chunked',
          'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
          'x-amz-decoded-content-length': decodedLength,
          'x-amz-trailer': 'x-amz-checksum-crc32',
        },
        body,
      });
    const wrongChecksum = await upload(chunked('AAAAAA=='), '11');
    expect(wrongChecksum.status).toBe(400);
    expect(await wrongChecksum.text()).toContain('<Code>BadDigest</Code>');
    const wrongLength = await upload(chunked('DUoRhQ=='), '12');
    expect(wrongLength.status).toBe(400);
    expect(await wrongLength.text()).toContain('<Code>IncompleteBody</Code>');
    const accepted = await upload(chunked('DUoRhQ=='), '11');
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('x-amz-checksum-crc32')).toBe('DUoRhQ==');
    expect(await (await rawS3(`/${Bucket}/chunked.txt`)).text()).toBe('hello world');
  });

  it('answers NoSuchKey as a 404 with the key and a request id, and HeadObject as a bare 404', async () => {
    const client = s3();
    const missing = await rejection(client.send(new GetObjectCommand({ Bucket, Key: 'org-1/none.pdf' })));
    expect(missing.name).toBe('NoSuchKey');
    expect(missing.$metadata?.httpStatusCode).toBe(404);
    expect(missing.$metadata?.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const raw = await rawS3(`/${Bucket}/org-1/none.pdf`);
    expect(raw.status).toBe(404);
    const xml = await raw.text();
    expect(xml).toContain('<Code>NoSuchKey</Code>');
    expect(xml).toContain('<Key>org-1/none.pdf</Key>');
    expect(xml).toContain(`<RequestId>${raw.headers.get('x-amz-request-id')}</RequestId>`);

    const head = await rejection(client.send(new HeadObjectCommand({ Bucket, Key: 'org-1/none.pdf' })));
    expect(head.name).toBe('NotFound');
    expect(head.$metadata?.httpStatusCode).toBe(404);
  });

  it('answers NoSuchBucket for a bucket the scenario does not have', async () => {
    const error = await rejection(
      s3().send(new PutObjectCommand({ Bucket: 'no-such-bucket', Key: 'a.txt', Body: 'x' })),
    );
    expect(error.name).toBe('NoSuchBucket');
    expect(error.$metadata?.httpStatusCode).toBe(404);
    expect(await (await rawS3('/no-such-bucket/a.txt')).text()).toContain(
      '<BucketName>no-such-bucket</BucketName>',
    );
  });

  it('rejects credentials that name no scenario, or a scenario that rejects them', async () => {
    for (const accessKeyId of ['AKIAIOSFODNN7EXAMPLE', 'sbx_broken-credentials_AKIA']) {
      const error = await rejection(
        s3(accessKeyId).send(new PutObjectCommand({ Bucket, Key: 'a.txt', Body: 'x' })),
      );
      expect(error.name).toBe('InvalidAccessKeyId');
      expect(error.$metadata?.httpStatusCode).toBe(403);
    }
  });

  it('keeps every version in a versioned bucket and serves one by VersionId', async () => {
    const client = s3();
    const first = await client.send(new PutObjectCommand({ Bucket, Key: 'policy.md', Body: 'v1' }));
    const second = await client.send(new PutObjectCommand({ Bucket, Key: 'policy.md', Body: 'v2' }));
    expect(second.VersionId).not.toBe(first.VersionId);
    const latest = await client.send(new GetObjectCommand({ Bucket, Key: 'policy.md' }));
    expect(await latest.Body!.transformToString()).toBe('v2');
    const older = await client.send(
      new GetObjectCommand({ Bucket, Key: 'policy.md', VersionId: first.VersionId }),
    );
    expect(await older.Body!.transformToString()).toBe('v1');
  });

  it('keeps each scenario its own world and refuses a request signed for another region', async () => {
    await s3().send(new PutObjectCommand({ Bucket: 'acme-prod-backups', Key: 'shared.txt', Body: 'x' }));
    const otherWorld = await rejection(
      s3('sbx_all-pass_AKIA').send(new GetObjectCommand({ Bucket: 'acme-prod-backups', Key: 'shared.txt' })),
    );
    expect(otherWorld.name).toBe('NoSuchKey');
    const wrongRegion = await rejection(
      s3('sbx_object-storage_AKIAEVIDENCE', { region: 'eu-west-1' }).send(
        new GetObjectCommand({ Bucket: 'acme-prod-backups', Key: 'shared.txt' }),
      ),
    );
    expect(wrongRegion.name).toBe('AuthorizationHeaderMalformed');
  });

  it('lists all-pass buckets plus kushim-evidence for the object-storage scenario only', async () => {
    const names = async (accessKeyId: string) =>
      ((await s3(accessKeyId).send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name);
    const allPass = await names('sbx_all-pass_AKIA');
    expect(allPass).not.toContain('kushim-evidence');
    expect(await names('sbx_object-storage_AKIA')).toEqual([...allPass, 'kushim-evidence']);
  });
});
