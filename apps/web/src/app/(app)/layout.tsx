import type { ReactNode } from 'react';
import { Toaster } from 'sonner';

import { QueryProvider } from '@/components/query-provider';
import { currentSession } from '@/lib/session/current-session';

/** Every signed-in page: the session is checked on the server first, then data is fetched in the browser. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await currentSession();
  return (
    <QueryProvider>
      {children}
      <Toaster richColors closeButton position="bottom-right" />
    </QueryProvider>
  );
}
