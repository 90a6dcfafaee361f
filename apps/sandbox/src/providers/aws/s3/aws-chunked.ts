/**
 * S3's `aws-chunked` content encoding, which the AWS SDKs use to stream a body whose checksum is only known at the
 * end: `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` per chunk, a zero-size chunk, then trailer lines
 * (`x-amz-checksum-crc32:…`) and an empty line. Chunk signatures are not verified, like every SigV4 signature here.
 */
export interface AwsChunkedBody {
  bytes: Buffer;
  /** Trailer headers, names lower-cased. */
  trailers: Record<string, string>;
}

export class AwsChunkedDecodeError extends Error {}

const CRLF = Buffer.from('\r\n');

export function decodeAwsChunked(encoded: Buffer): AwsChunkedBody {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const { line, next } = readLine(encoded, position);
    const size = chunkSize(line);
    position = next;
    if (size === 0) {
      break;
    }
    const end = position + size;
    if (end + CRLF.length > encoded.length || !encoded.subarray(end, end + CRLF.length).equals(CRLF)) {
      throw new AwsChunkedDecodeError(`a chunk of ${size} bytes is not followed by CRLF`);
    }
    chunks.push(encoded.subarray(position, end));
    position = end + CRLF.length;
  }
  return { bytes: Buffer.concat(chunks), trailers: readTrailers(encoded, position) };
}

function chunkSize(line: string): number {
  const size = line.split(';', 1)[0] ?? '';
  if (!/^[0-9a-fA-F]{1,16}$/.test(size)) {
    throw new AwsChunkedDecodeError(`malformed chunk header ${JSON.stringify(line.slice(0, 80))}`);
  }
  return Number.parseInt(size, 16);
}

/** Trailer lines up to an empty line or the end of the body (the SDK omits the empty line when it sends none). */
function readTrailers(encoded: Buffer, start: number): Record<string, string> {
  const trailers: Record<string, string> = {};
  let position = start;
  while (position < encoded.length) {
    const { line, next } = readLine(encoded, position);
    position = next;
    if (line === '') {
      break;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      throw new AwsChunkedDecodeError(`malformed trailer ${JSON.stringify(line.slice(0, 80))}`);
    }
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return trailers;
}

function readLine(encoded: Buffer, start: number): { line: string; next: number } {
  const end = encoded.indexOf(CRLF, start);
  if (end < 0) {
    throw new AwsChunkedDecodeError('the body ends in the middle of a chunk header or trailer');
  }
  return { line: encoded.toString('latin1', start, end), next: end + CRLF.length };
}
