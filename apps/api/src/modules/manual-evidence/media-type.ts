import path from 'node:path';
import type { ManualEvidenceMediaType } from '@kushim/contracts';

const startsWith = (bytes: Buffer, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: DOCX is a ZIP package

/** Text a person can read: valid UTF-8 (a BOM allowed) with no NUL byte — what a CSV or TXT export is. */
function isText(bytes: Buffer): boolean {
  if (bytes.includes(0)) {
    return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A Word document: a ZIP package whose entries include the content types part and the `word/` folder. */
function isDocx(bytes: Buffer): boolean {
  return (
    startsWith(bytes, ZIP) &&
    bytes.includes('[Content_Types].xml', 0, 'latin1') &&
    bytes.includes('word/', 0, 'latin1')
  );
}

const byExtension: Record<
  string,
  { mediaType: ManualEvidenceMediaType; matches: (bytes: Buffer) => boolean }
> = {
  '.pdf': { mediaType: 'application/pdf', matches: (b) => startsWith(b, PDF) },
  '.png': { mediaType: 'image/png', matches: (b) => startsWith(b, PNG) },
  '.jpg': { mediaType: 'image/jpeg', matches: (b) => startsWith(b, JPEG) },
  '.jpeg': { mediaType: 'image/jpeg', matches: (b) => startsWith(b, JPEG) },
  '.csv': { mediaType: 'text/csv', matches: isText },
  '.txt': { mediaType: 'text/plain', matches: isText },
  '.docx': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: isDocx,
  },
};

export type MediaTypeVerdict =
  { ok: true; mediaType: ManualEvidenceMediaType } | { ok: false; reason: string };

/**
 * The media type of an upload, from its name's extension confirmed by its first bytes — the client's
 * Content-Type is not trusted, so an HTML page or an executable renamed `.pdf` is refused.
 */
export function detectMediaType(fileName: string, bytes: Buffer): MediaTypeVerdict {
  const extension = path.extname(fileName).toLowerCase();
  const rule = byExtension[extension];
  if (!rule) {
    return { ok: false, reason: 'must be a PDF, PNG, JPEG, CSV, TXT or DOCX file' };
  }
  if (bytes.length === 0) {
    return { ok: false, reason: 'is empty' };
  }
  if (!rule.matches(bytes)) {
    return {
      ok: false,
      reason: `is named ${extension} but its content is not a ${extension.slice(1).toUpperCase()} file`,
    };
  }
  return { ok: true, mediaType: rule.mediaType };
}
