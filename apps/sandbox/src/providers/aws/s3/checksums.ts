import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';

/**
 * The additional checksums S3 accepts on PutObject (`x-amz-checksum-<algorithm>`, base64 of the big-endian digest).
 * The CRCs are written out here rather than borrowed from the AWS SDK, so the fidelity tests compare two independent
 * implementations: the SDK's and this one.
 */
export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export const checksumAlgorithms: readonly ChecksumAlgorithm[] = [
  'CRC32',
  'CRC32C',
  'CRC64NVME',
  'SHA1',
  'SHA256',
];

/** Digest sizes in bytes: a header value of another length is malformed. */
export const checksumLength: Record<ChecksumAlgorithm, number> = {
  CRC32: 4,
  CRC32C: 4,
  CRC64NVME: 8,
  SHA1: 20,
  SHA256: 32,
};

export function checksumHeader(algorithm: ChecksumAlgorithm): string {
  return `x-amz-checksum-${algorithm.toLowerCase()}`;
}

/** base64 of the algorithm's digest of `bytes`. */
export function checksumOf(algorithm: ChecksumAlgorithm, bytes: Buffer): string {
  switch (algorithm) {
    case 'CRC32':
      return uint32(zlibCrc32(bytes));
    case 'CRC32C':
      return uint32(crc32c(bytes));
    case 'CRC64NVME':
      return crc64nvme(bytes);
    case 'SHA1':
      return createHash('sha1').update(bytes).digest('base64');
    case 'SHA256':
      return createHash('sha256').update(bytes).digest('base64');
    default:
      return algorithm satisfies never;
  }
}

export function md5Hex(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

function uint32(value: number): string {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out.toString('base64');
}

/** CRC-32C (Castagnoli): reflected polynomial 0x82F63B78, init and final xor all ones. */
const crc32cTable = Uint32Array.from({ length: 256 }, (_, index) => {
  let c = index;
  for (let bit = 0; bit < 8; bit += 1) {
    c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32c(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = (crc >>> 8) ^ (crc32cTable[(crc ^ byte) & 0xff] ?? 0);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * CRC-64/NVME: reflected polynomial 0x9A6C9329AC4BC9B5, init and final xor all ones. The 64-bit state is kept as two
 * 32-bit halves because BigInt arithmetic per byte is too slow for multi-megabyte objects.
 */
const crc64Tables = (() => {
  const low = new Uint32Array(256);
  const high = new Uint32Array(256);
  for (let index = 0; index < 256; index += 1) {
    let c = BigInt(index);
    for (let bit = 0; bit < 8; bit += 1) {
      c = c & 1n ? 0x9a6c9329ac4bc9b5n ^ (c >> 1n) : c >> 1n;
    }
    low[index] = Number(c & 0xffffffffn);
    high[index] = Number(c >> 32n);
  }
  return { low, high };
})();

function crc64nvme(bytes: Buffer): string {
  let low = 0xffffffff;
  let high = 0xffffffff;
  for (const byte of bytes) {
    const index = (low ^ byte) & 0xff;
    low = ((low >>> 8) | (high << 24)) ^ (crc64Tables.low[index] ?? 0);
    high = (high >>> 8) ^ (crc64Tables.high[index] ?? 0);
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((high ^ 0xffffffff) >>> 0, 0);
  out.writeUInt32BE((low ^ 0xffffffff) >>> 0, 4);
  return out.toString('base64');
}
