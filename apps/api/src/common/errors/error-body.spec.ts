import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mapError } from './error-body';
import { RetryLaterException } from './retry-later.exception';

describe('mapError', () => {
  it('maps zod errors to 400 with one issue per field, unknown fields at their own path', () => {
    const result = z.object({ email: z.email() }).strict().safeParse({ email: 'x', extra: 1 });
    if (result.success) {
      throw new Error('expected a failure');
    }
    const mapped = mapError(result.error);
    expect(mapped.status).toBe(400);
    expect(mapped.body.issues?.map((i) => i.path)).toEqual([['email'], ['extra']]);
    expect(mapped.body.message).toMatch(/^email: /);
  });

  it('keeps the message of client errors', () => {
    expect(mapError(new NotFoundException('Organization not found')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Organization not found',
    });
    expect(mapError(new BadRequestException('inviteToken: bad')).body.message).toBe('inviteToken: bad');
  });

  it('hides the details of unknown errors behind a generic 500', () => {
    const mapped = mapError(new Error('connection string postgres://secret@db'));
    expect(mapped).toMatchObject({ status: 500, isServerFault: true });
    expect(mapped.body.message).toBe('Internal server error');
  });

  it('adds Retry-After to throttled answers', () => {
    expect(mapError(new RetryLaterException('wait', 4)).headers).toEqual({ 'retry-after': '4' });
  });
});
