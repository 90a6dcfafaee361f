import type { ReactNode } from 'react';

import { SiteHeader } from '@/components/site-header';
import { currentSession } from '@/lib/session/current-session';

export default async function OrganizationPickerLayout({ children }: { children: ReactNode }) {
  const { user } = await currentSession();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader userName={user.name} userEmail={user.email} />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</main>
    </div>
  );
}
