import { describe, expect, it } from 'vitest';

import type { ApiFailure } from './api-error';
import { toFormFailure } from './form-failure';

const fields = ['email', 'password'] as const;

function failure(status: number, body: ApiFailure['body'] = {}, retryAfterSeconds?: number): ApiFailure {
  return { ok: false, status, body, retryAfterSeconds };
}

describe('toFormFailure', () => {
  it('puts each API issue next to the form field its path names', () => {
    const result = toFormFailure(
      failure(400, {
        statusCode: 400,
        message: 'Validation failed',
        issues: [
          { path: ['email'], message: 'Invalid email address' },
          { path: ['password'], message: 'Too short' },
        ],
      }),
      fields,
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { email: 'Invalid email address', password: 'Too short' },
    });
  });

  it('shows issues about fields the form does not have above the form', () => {
    const result = toFormFailure(
      failure(400, { issues: [{ path: ['organizationSlug'], message: 'Slug is taken' }] }),
      fields,
    );
    expect(result).toEqual({ ok: false, formError: 'Slug is taken', fieldErrors: {} });
  });

  it('tells a throttled user how long to wait, from Retry-After', () => {
    expect(toFormFailure(failure(429, {}, 30), fields).formError).toBe(
      'Too many attempts. Wait 30 seconds and try again.',
    );
    expect(toFormFailure(failure(429, {}, 600), fields).formError).toBe(
      'Too many attempts. Wait 10 minutes and try again.',
    );
    expect(toFormFailure(failure(429), fields).formError).toBe(
      'Too many attempts. Wait a minute and try again.',
    );
  });

  it('uses the caller’s wording for rejected credentials', () => {
    const result = toFormFailure(failure(401, { message: 'Unauthorized' }), fields, {
      unauthorized: 'Email or password is incorrect.',
    });
    expect(result).toEqual({ ok: false, formError: 'Email or password is incorrect.', fieldErrors: {} });
  });

  it('falls back to the API message for a conflict without issues', () => {
    const result = toFormFailure(
      failure(409, { message: 'An account with this email already exists.' }),
      fields,
    );
    expect(result.formError).toBe('An account with this email already exists.');
  });

  it('puts a conflict next to the field it is about when the form names one', () => {
    const result = toFormFailure(
      failure(409, { message: 'An account with this email already exists' }),
      fields,
      {
        conflictField: 'email',
      },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { email: 'An account with this email already exists' },
    });
  });

  it('never shows server internals for a 5xx or an unreachable API', () => {
    expect(toFormFailure(failure(500, { message: 'TypeError: x is undefined' }), fields).formError).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
    expect(toFormFailure(failure(0), fields).formError).toBe(
      'Kushim could not reach its server. Try again in a moment.',
    );
  });
});
