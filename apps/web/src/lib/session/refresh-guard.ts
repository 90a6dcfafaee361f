/**
 * Set for a few seconds after /auth/refresh renewed the session. If the API still answers 401 while it is
 * present, the fresh tokens are not accepted either, and the user is sent to sign in instead of looping.
 */
export const REFRESHED_COOKIE = 'kushim_refreshed';
export const REFRESHED_COOKIE_TTL_SECONDS = 20;

/** Only same-site paths are accepted as a place to return to (no `//host` or absolute URLs). */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/orgs'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  return candidate;
}

/** Request header set by src/proxy.ts with the page being rendered, so a renewal can come back to it. */
export const RETURN_PATH_HEADER = 'x-kushim-return-path';
