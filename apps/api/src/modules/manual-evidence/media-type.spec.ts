import { describe, expect, it } from 'vitest';
import { detectMediaType } from './media-type';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('....[Content_Types].xml....word/document.xml....'),
]);

describe('detectMediaType', () => {
  it('accepts each allowed type when the bytes agree with the extension', () => {
    expect(detectMediaType('Policy.PDF', pdf)).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(detectMediaType('screenshot.png', png)).toEqual({ ok: true, mediaType: 'image/png' });
    expect(detectMediaType('photo.jpeg', jpeg)).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(detectMediaType('photo.jpg', jpeg)).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(detectMediaType('roster.csv', Buffer.from('\ufeffname,completed\nAda,2026-01-10\n'))).toEqual({
      ok: true,
      mediaType: 'text/csv',
    });
    expect(detectMediaType('minutes.txt', Buffer.from('Board minutes — Q3 réunion'))).toEqual({
      ok: true,
      mediaType: 'text/plain',
    });
    expect(detectMediaType('policy.docx', docx)).toMatchObject({ ok: true });
  });

  it('refuses content that does not match its name, whatever the client claims', () => {
    expect(detectMediaType('policy.pdf', Buffer.from('<html><script>alert(1)</script></html>'))).toEqual({
      ok: false,
      reason: 'is named .pdf but its content is not a PDF file',
    });
    expect(detectMediaType('notes.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toMatchObject({ ok: false });
    expect(detectMediaType('bad.csv', Buffer.from([0xc3, 0x28]))).toMatchObject({ ok: false });
    // A plain ZIP is not a Word document.
    expect(detectMediaType('archive.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
    });
  });

  it('refuses other types and empty files', () => {
    expect(detectMediaType('run.exe', Buffer.from('MZ'))).toEqual({
      ok: false,
      reason: 'must be a PDF, PNG, JPEG, CSV, TXT or DOCX file',
    });
    expect(detectMediaType('no-extension', pdf)).toMatchObject({ ok: false });
    expect(detectMediaType('empty.pdf', Buffer.alloc(0))).toEqual({ ok: false, reason: 'is empty' });
  });
});
