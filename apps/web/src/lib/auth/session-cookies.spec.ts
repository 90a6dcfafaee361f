import { describe, expect, it } from 'vitest';

import {
  ACCESS_COOKIE,
  REFRESH_COOKIE,
  clearSession,
  isHttps,
  writeSession,
  type CookieWriter,
} from './session-cookies';

type Written = { value: string; options: Parameters<CookieWriter['set']>[2] };

function recordingJar() {
  const written = new Map<string, Written>();
  const deleted: string[] = [];
  const jar: CookieWriter = {
    set: (name, value, options) => written.set(name, { value, options }),
    delete: (name) => deleted.push(name),
  };
  return { jar, written, deleted };
}

function jwtExpiringIn(seconds: number): string {
  const payload = Buffer.from(
    JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + seconds }),
  ).toString('base64url');
  return `eyJhbGciOiJIUzI1NiJ9.${payload}.signature`;
}

describe('writeSession', () => {
  it('keeps both tokens in httpOnly, SameSite=Lax cookies on the whole site', () => {
    const { jar, written } = recordingJar();
    writeSession(jar, { accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, false);
    for (const name of [ACCESS_COOKIE, REFRESH_COOKIE]) {
      expect(written.get(name)?.options).toMatchObject({
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: false,
      });
    }
    expect(written.get(ACCESS_COOKIE)?.value).toBe('a');
    expect(written.get(REFRESH_COOKIE)?.value).toBe('r');
  });

  it('marks the cookies Secure when the site is served over https', () => {
    const { jar, written } = recordingJar();
    writeSession(jar, { accessToken: 'a', refreshToken: 'r' }, true);
    expect(written.get(ACCESS_COOKIE)?.options.secure).toBe(true);
    expect(written.get(REFRESH_COOKIE)?.options.secure).toBe(true);
  });

  it('lets the access cookie expire with the token: expiresIn first, else the JWT exp claim', () => {
    const fromExpiresIn = recordingJar();
    writeSession(
      fromExpiresIn.jar,
      { accessToken: jwtExpiringIn(60), refreshToken: 'r', expiresIn: 900 },
      false,
    );
    expect(fromExpiresIn.written.get(ACCESS_COOKIE)?.options.maxAge).toBe(900);

    const fromClaim = recordingJar();
    writeSession(fromClaim.jar, { accessToken: jwtExpiringIn(300), refreshToken: 'r' }, false);
    expect(fromClaim.written.get(ACCESS_COOKIE)?.options.maxAge).toBeGreaterThanOrEqual(299);
    expect(fromClaim.written.get(ACCESS_COOKIE)?.options.maxAge).toBeLessThanOrEqual(300);
  });
});

describe('clearSession', () => {
  it('removes both session cookies', () => {
    const { jar, deleted } = recordingJar();
    clearSession(jar);
    expect(deleted.sort()).toEqual([ACCESS_COOKIE, REFRESH_COOKIE].sort());
  });
});

describe('isHttps', () => {
  it('trusts the first x-forwarded-proto hop, then the request protocol', () => {
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'http' }), 'https:')).toBe(false);
    expect(isHttps(new Headers(), 'https:')).toBe(true);
    expect(isHttps(new Headers())).toBe(false);
  });
});
