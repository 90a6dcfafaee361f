import { NextResponse, type NextRequest } from 'next/server';

import { requestRefresh } from '@/lib/auth/auth-api';
import { REFRESH_COOKIE, clearSession, isHttps, writeSession } from '@/lib/auth/session-cookies';

/**
 * Renews the session for the dashboard's own API calls (a 401 from /api/v1/*): 204 with new httpOnly cookies,
 * 401 when the session is over (the browser then goes to the sign-in page), 503 when the API is unreachable.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) {
    return new Response(null, { status: 401 });
  }
  const result = await requestRefresh(refreshToken, {
    forwardedFor: request.headers.get('x-forwarded-for'),
    userAgent: request.headers.get('user-agent'),
  });
  if (!result.ok) {
    if (result.status === 0 || result.status >= 500) {
      return new Response(null, { status: 503, headers: { 'retry-after': '5' } });
    }
    const response = new NextResponse(null, { status: 401 });
    clearSession(response.cookies);
    return response;
  }
  const response = new NextResponse(null, { status: 204 });
  writeSession(response.cookies, result.data, isHttps(request.headers, request.nextUrl.protocol));
  return response;
}
