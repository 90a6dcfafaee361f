import { NextResponse, type NextRequest } from 'next/server';

import { clearSession } from '@/lib/auth/session-cookies';

/** Ends a session the API no longer accepts: clears the cookies and asks the user to sign in again. */
export function GET(request: NextRequest): Response {
  const response = NextResponse.redirect(new URL('/sign-in?reason=expired', request.url), 303);
  clearSession(response.cookies);
  return response;
}
