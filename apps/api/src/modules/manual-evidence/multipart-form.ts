import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export interface UploadedForm {
  fields: Record<string, string>;
  file: { fileName: string; bytes: Buffer };
}

const fieldError = (field: string, message: string) =>
  new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error ? (error as { code?: string }).code : undefined;

/**
 * Reads a multipart/form-data body with exactly one part named `file` (held in memory up to `maxBytes`: evidence
 * files are documents and screenshots, not datasets) and a few text fields. Every refusal names the part.
 */
export async function readUploadForm(request: FastifyRequest, maxBytes: number): Promise<UploadedForm> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeException(
      'Content-Type must be multipart/form-data with a part named "file"',
    );
  }
  const fields: Record<string, string> = {};
  let file: UploadedForm['file'] | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 8 * 1024, parts: 11 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer().catch(() => undefined);
          throw fieldError(part.fieldname, 'is not an allowed field (the file part must be named "file")');
        }
        file = { fileName: part.filename, bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (error) {
    throw translate(error, maxBytes);
  }
  if (!file) {
    throw fieldError('file', 'is required');
  }
  if (!file.fileName) {
    throw fieldError('file', 'must have a file name');
  }
  return { fields, file };
}

function translate(error: unknown, maxBytes: number): unknown {
  switch (codeOf(error) ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new PayloadTooLargeException(`file: is larger than the ${maxBytes / (1024 * 1024)} MiB limit`);
    case 'FST_FILES_LIMIT':
      return fieldError('file', 'only one file may be uploaded at a time');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new BadRequestException('Too many form fields');
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new BadRequestException('The multipart body is malformed');
    default:
      return error;
  }
}
