import { NextResponse, type NextRequest } from 'next/server';

import { requestRefresh } from '@/lib/auth/auth-api';
import { REFRESH_COOKIE, clearSession, isHttps, writeSession } from '@/lib/auth/session-cookies';
import { REFRESHED_COOKIE, REFRESHED_COOKIE_TTL_SECONDS, safeReturnPath } from '@/lib/session/refresh-guard';

/**
 * Renews the session after the API rejected the access token, then returns to the page that asked.
 * A route handler, because server components cannot set cookies.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const returnPath = safeReturnPath(request.nextUrl.searchParams.get('next'));
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  const https = isHttps(request.headers, request.nextUrl.protocol);
  const signIn = () => {
    const response = NextResponse.redirect(new URL('/sign-in?reason=expired', request.url), 303);
    clearSession(response.cookies);
    return response;
  };
  if (!refreshToken) {
    return signIn();
  }
  const result = await requestRefresh(refreshToken, {
    forwardedFor: request.headers.get('x-forwarded-for'),
    userAgent: request.headers.get('user-agent'),
  });
  if (!result.ok) {
    if (result.status === 0 || result.status >= 500) {
      // Keep the session: the API is down, not the tokens. Signing the user out would not help.
      return new Response('Kushim cannot reach its API right now. Reload this page in a moment.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' },
      });
    }
    return signIn();
  }
  const response = NextResponse.redirect(new URL(returnPath, request.url), 303);
  writeSession(response.cookies, result.data, https);
  response.cookies.set(REFRESHED_COOKIE, '1', {
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    path: '/',
    maxAge: REFRESHED_COOKIE_TTL_SECONDS,
  });
  return response;
}
