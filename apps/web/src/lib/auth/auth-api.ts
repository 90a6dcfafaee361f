import {
  SignupResponseSchema,
  TokenPairSchema,
  type SignupResponse,
  type TokenPair,
} from '@kushim/contracts';
import type { z } from 'zod';

import { readApiFailure, unreachableApi, type ApiFailure } from '@/lib/api/api-error';
import { apiUrl } from '@/lib/api/api-url';

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

/** Headers that let the API throttle and audit by the browser's address rather than the web server's. */
export type ClientHints = { forwardedFor?: string | null; userAgent?: string | null };

function hintHeaders(hints: ClientHints): Record<string, string> {
  const headers: Record<string, string> = {};
  if (hints.forwardedFor) {
    headers['x-forwarded-for'] = hints.forwardedFor;
  }
  if (hints.userAgent) {
    headers['user-agent'] = hints.userAgent;
  }
  return headers;
}

async function postJson<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return unreachableApi;
  }
  if (!response.ok) {
    return readApiFailure(response);
  }
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  // A 2xx with an unexpected body is the API breaking its contract: report it as a server error.
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, status: 502, body: {}, retryAfterSeconds: undefined };
}

export function requestSignup(body: unknown, hints: ClientHints): Promise<ApiResult<SignupResponse>> {
  return postJson('/api/v1/auth/signup', body, SignupResponseSchema, hintHeaders(hints));
}

export function requestAcceptInvite(body: unknown, hints: ClientHints): Promise<ApiResult<TokenPair>> {
  return postJson('/api/v1/auth/accept-invite', body, TokenPairSchema, hintHeaders(hints));
}

export function requestLogin(body: unknown, hints: ClientHints): Promise<ApiResult<TokenPair>> {
  return postJson('/api/v1/auth/login', body, TokenPairSchema, hintHeaders(hints));
}

// Refresh tokens rotate and a reused one revokes the whole session family. Requests the browser sent with the old
// cookie (in flight, or sent just before the new cookies arrived) must not present the spent token to the API: they
// share the one rotation — while it runs, and for a short grace period after it succeeded.
const REFRESH_GRACE_MS = 10_000;
const refreshes = new Map<string, Promise<ApiResult<TokenPair>>>();

export function requestRefresh(refreshToken: string, hints: ClientHints): Promise<ApiResult<TokenPair>> {
  const shared = refreshes.get(refreshToken);
  if (shared) {
    return shared;
  }
  const refresh = postJson('/api/v1/auth/refresh', { refreshToken }, TokenPairSchema, hintHeaders(hints));
  refreshes.set(refreshToken, refresh);
  void refresh.then((result) => {
    if (result.ok) {
      setTimeout(() => refreshes.delete(refreshToken), REFRESH_GRACE_MS);
    } else {
      refreshes.delete(refreshToken);
    }
  });
  return refresh;
}

export async function requestLogout(
  accessToken: string,
  refreshToken: string,
  hints: ClientHints,
): Promise<void> {
  try {
    await fetch(apiUrl('/api/v1/auth/logout'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        ...hintHeaders(hints),
      },
      body: JSON.stringify({ refreshToken }),
      cache: 'no-store',
    });
  } catch {
    // Signing out must always clear the browser's session, even when the API cannot be reached.
  }
}
