import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { ACCESS_COOKIE, REFRESH_COOKIE } from '@/lib/auth/session-cookies';

/** The home page is a door: signed-in people go to their organizations, everyone else to sign in. */
export default async function HomePage(): Promise<never> {
  const jar = await cookies();
  redirect(jar.has(ACCESS_COOKIE) || jar.has(REFRESH_COOKIE) ? '/orgs' : '/sign-in');
}
