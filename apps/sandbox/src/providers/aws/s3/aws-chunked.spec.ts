import { describe, expect, it } from 'vitest';
import { AwsChunkedDecodeError, decodeAwsChunked } from './aws-chunked';

const encoded = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));

describe('aws-chunked decoding', () => {
  it('joins the chunks and reads the trailing checksum', () => {
    const body = encoded(
      '5\r\nhello\r\n',
      '6\r\n world\r\n',
      '0\r\n',
      'x-amz-checksum-crc32:DUoRhQ==\r\n',
      '\r\n',
    );
    expect(decodeAwsChunked(body)).toEqual({
      bytes: Buffer.from('hello world'),
      trailers: { 'x-amz-checksum-crc32': 'DUoRhQ==' },
    });
  });

  it('keeps binary chunk data, CRLF bytes included, and ignores chunk signatures', () => {
    const data = Buffer.from([0x0d, 0x0a, 0x00, 0xff, 0x30, 0x0d, 0x0a]);
    const body = encoded(
      `7;chunk-signature=${'a'.repeat(64)}\r\n`,
      data,
      '\r\n',
      `0;chunk-signature=${'b'.repeat(64)}\r\n\r\n`,
    );
    expect(decodeAwsChunked(body)).toEqual({ bytes: data, trailers: {} });
  });

  it('accepts the final chunk without the closing empty line, as the SDK sends it with no checksum', () => {
    expect(decodeAwsChunked(encoded('3\r\nabc\r\n0\r\n')).bytes).toEqual(Buffer.from('abc'));
  });

  it.each([
    ['a truncated chunk', '5\r\nhel'],
    ['a chunk not followed by CRLF', '3\r\nabcd\r\n0\r\n'],
    ['a size that is not hex', 'zz\r\nabc\r\n0\r\n'],
    ['no final chunk', '3\r\nabc\r\n'],
    ['a trailer without a colon', '0\r\nx-amz-checksum-crc32\r\n\r\n'],
  ])('refuses %s', (_name, body) => {
    expect(() => decodeAwsChunked(encoded(body))).toThrow(AwsChunkedDecodeError);
  });
});
