import { describe, expect, it } from 'vitest';
import { REDACTED, redactValue } from './redact';

describe('redactValue', () => {
  it('replaces values under secret-looking keys at any depth', () => {
    expect(
      redactValue({
        headers: { authorization: 'Bearer abc', cookie: 'kushim_access=x' },
        body: { password: 'p', refreshToken: 't' },
      }),
    ).toEqual({
      headers: { authorization: REDACTED, cookie: REDACTED },
      body: { password: REDACTED, refreshToken: REDACTED },
    });
  });

  it('masks bearer tokens, JWTs and API keys inside free text', () => {
    const text = redactValue(
      'failed with Bearer eyJhbGciOi.eyJzdWIiOi.sig and ksm_abcdefghijklmnop',
    ) as string;
    expect(text).not.toContain('eyJhbGciOi');
    expect(text).not.toContain('ksm_abcdefghijklmnop');
  });
});
