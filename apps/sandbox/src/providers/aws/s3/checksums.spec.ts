import { describe, expect, it } from 'vitest';
import { checksumOf } from './checksums';

// The catalogue check values: each CRC of the ASCII bytes "123456789".
const check = Buffer.from('123456789');
const hex = (base64: string) => Buffer.from(base64, 'base64').toString('hex');

describe('S3 additional checksums', () => {
  it('matches the published check values of CRC-32, CRC-32C and CRC-64/NVME', () => {
    expect(hex(checksumOf('CRC32', check))).toBe('cbf43926');
    expect(hex(checksumOf('CRC32C', check))).toBe('e3069283');
    expect(hex(checksumOf('CRC64NVME', check))).toBe('ae8b14860a799888');
  });

  it('encodes SHA-1 and SHA-256 as base64 of the digest', () => {
    expect(hex(checksumOf('SHA1', check))).toBe('f7c3bc1d808e04732adf679965ccc34ca7ae3441');
    expect(hex(checksumOf('SHA256', check))).toBe(
      '15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225',
    );
  });

  it('gives the empty body the checksums S3 gives it', () => {
    expect(checksumOf('CRC32', Buffer.alloc(0))).toBe('AAAAAA==');
    expect(checksumOf('CRC64NVME', Buffer.alloc(0))).toBe('AAAAAAAAAAA=');
  });
});
