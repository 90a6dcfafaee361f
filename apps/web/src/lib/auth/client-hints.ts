import { headers } from 'next/headers';

import type { ClientHints } from './auth-api';
import { isHttps } from './session-cookies';

/** The browser's address and agent, forwarded so the API's throttling and audit see the real client. */
export async function clientHints(): Promise<ClientHints & { https: boolean }> {
  const incoming = await headers();
  return {
    forwardedFor: incoming.get('x-forwarded-for'),
    userAgent: incoming.get('user-agent'),
    https: isHttps(incoming),
  };
}
