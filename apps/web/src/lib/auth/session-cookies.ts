/** What the API returns at sign-up, login and refresh; `expiresIn` is the access token's lifetime in seconds. */
export type SessionTokens = { accessToken: string; refreshToken: string; expiresIn?: number | undefined };

export const ACCESS_COOKIE = 'kushim_access';
export const REFRESH_COOKIE = 'kushim_refresh';

const DEFAULT_ACCESS_TTL_SECONDS = 900;
const REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;

type CookieOptions = {
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  path: string;
  maxAge: number;
};

/** Either `await cookies()` (server actions, route handlers) or `NextResponse#cookies` (proxy). */
export type CookieWriter = {
  set(name: string, value: string, options: CookieOptions): unknown;
  delete(name: string): unknown;
};

/** Seconds until the JWT's `exp`, or undefined when the token is not a readable JWT. Not a verification. */
function secondsUntilExpiry(jwt: string): number | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) {
    return undefined;
  }
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims === 'object' && claims !== null && 'exp' in claims && typeof claims.exp === 'number') {
      return Math.floor(claims.exp - Date.now() / 1000);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function options(secure: boolean, maxAge: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge };
}

/**
 * Stores the pair in httpOnly cookies. The access cookie lives exactly as long as the token, so a missing
 * access cookie next to a present refresh cookie means "refresh before calling the API".
 */
export function writeSession(jar: CookieWriter, pair: SessionTokens, secure: boolean): void {
  const accessTtl = pair.expiresIn ?? secondsUntilExpiry(pair.accessToken) ?? DEFAULT_ACCESS_TTL_SECONDS;
  jar.set(ACCESS_COOKIE, pair.accessToken, options(secure, Math.max(accessTtl, 1)));
  jar.set(REFRESH_COOKIE, pair.refreshToken, options(secure, REFRESH_TTL_SECONDS));
}

export function clearSession(jar: CookieWriter): void {
  jar.delete(ACCESS_COOKIE);
  jar.delete(REFRESH_COOKIE);
}

/** Cookies get `Secure` when the browser reached us over https (directly or through a TLS-terminating proxy). */
export function isHttps(headers: Headers, fallbackProtocol?: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? fallbackProtocol?.replace(/:$/, '')) === 'https';
}
