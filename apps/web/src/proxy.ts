import { NextResponse, type NextRequest } from 'next/server';

import { requestRefresh } from '@/lib/auth/auth-api';
import { apiUrl } from '@/lib/api/api-url';
import {
  ACCESS_COOKIE,
  REFRESH_COOKIE,
  clearSession,
  isHttps,
  writeSession,
} from '@/lib/auth/session-cookies';
import { RETURN_PATH_HEADER } from '@/lib/session/refresh-guard';

/**
 * 1. Browser calls to /api/v1/* go to the API (it accepts the httpOnly `kushim_access` cookie). Done here
 *    rather than in next.config `rewrites()` so API_URL is read at run time, not frozen into the build.
 * 2. Page loads whose access cookie has expired (it lives exactly as long as the token) renew the session
 *    first, and the page renders with the new token in the same request.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/api/v1/') || pathname === '/api/v1') {
    return NextResponse.rewrite(apiUrl(`${pathname}${search}`));
  }

  const forwarded = new Headers(request.headers);
  forwarded.set(RETURN_PATH_HEADER, `${pathname}${search}`);
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  const isPrefetch =
    request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
  if (request.method !== 'GET' || isPrefetch || request.cookies.has(ACCESS_COOKIE) || !refreshToken) {
    return NextResponse.next({ request: { headers: forwarded } });
  }

  const result = await requestRefresh(refreshToken, {
    forwardedFor: request.headers.get('x-forwarded-for'),
    userAgent: request.headers.get('user-agent'),
  });
  if (!result.ok) {
    // A rejected refresh token ends the session; an unreachable API leaves it for the page to report.
    const rejected = result.status >= 400 && result.status < 500;
    if (rejected) {
      forwarded.set('cookie', cookieHeader(request, { [REFRESH_COOKIE]: undefined }));
    }
    const response = NextResponse.next({ request: { headers: forwarded } });
    if (rejected) {
      clearSession(response.cookies);
    }
    return response;
  }
  forwarded.set(
    'cookie',
    cookieHeader(request, {
      [ACCESS_COOKIE]: result.data.accessToken,
      [REFRESH_COOKIE]: result.data.refreshToken,
    }),
  );
  const response = NextResponse.next({ request: { headers: forwarded } });
  writeSession(response.cookies, result.data, isHttps(request.headers, request.nextUrl.protocol));
  return response;
}

/** The request's Cookie header with some cookies replaced (a string) or removed (undefined). */
function cookieHeader(request: NextRequest, changes: Record<string, string | undefined>): string {
  const jar = new Map(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value] as const));
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) {
      jar.delete(name);
    } else {
      jar.set(name, value);
    }
  }
  return [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
}

export const config = {
  matcher: ['/api/v1/:path*', '/((?!_next/static|_next/image|favicon.ico|auth/).*)'],
};
