import { MeResponseSchema, type MeResponse } from '@kushim/contracts';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { apiUrl } from '@/lib/api/api-url';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '@/lib/auth/session-cookies';
import { REFRESHED_COOKIE, RETURN_PATH_HEADER, safeReturnPath } from './refresh-guard';

export class ApiUnavailableError extends Error {
  constructor(readonly status: number) {
    super(status === 0 ? 'The Kushim API could not be reached.' : `The Kushim API answered ${status}.`);
    this.name = 'ApiUnavailableError';
  }
}

/** Send the browser to renew its tokens once; if that already happened, to the sign-in page. */
async function renewOrSignIn(): Promise<never> {
  const jar = await cookies();
  const returnPath = safeReturnPath((await headers()).get(RETURN_PATH_HEADER));
  if (jar.has(REFRESH_COOKIE) && !jar.has(REFRESHED_COOKIE)) {
    redirect(`/auth/refresh?next=${encodeURIComponent(returnPath)}`);
  }
  redirect('/auth/sign-out?reason=expired');
}

/**
 * The signed-in user and their memberships, fetched once per request (layout and page share it).
 * Server components cannot set cookies, so expired sessions are renewed by a redirect to /auth/refresh.
 */
export const currentSession = cache(async (): Promise<MeResponse> => {
  const jar = await cookies();
  const accessToken = jar.get(ACCESS_COOKIE)?.value;
  if (!accessToken) {
    return renewOrSignIn();
  }
  let response: Response;
  try {
    response = await fetch(apiUrl('/api/v1/me'), {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      cache: 'no-store',
    });
  } catch {
    throw new ApiUnavailableError(0);
  }
  if (response.status === 401) {
    return renewOrSignIn();
  }
  if (!response.ok) {
    throw new ApiUnavailableError(response.status);
  }
  return MeResponseSchema.parse(await response.json());
});
