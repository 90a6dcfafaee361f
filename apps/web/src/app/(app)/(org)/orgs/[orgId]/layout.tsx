import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { AppShell } from '@/components/shell/app-shell';
import { OrgProvider } from '@/lib/org/org-context';
import { currentSession } from '@/lib/session/current-session';

/**
 * Every page of one organization. Not a member, an expired membership or a malformed id: the 404 page, exactly
 * as for an organization that does not exist (the API answers 404 the same way).
 */
export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  const { user, memberships } = await currentSession();
  const membership = memberships.find((candidate) => candidate.orgId === orgId);
  const expired = membership?.expiresAt && new Date(membership.expiresAt).getTime() <= Date.now();
  if (!membership || expired) {
    notFound();
  }
  return (
    <OrgProvider membership={membership} userId={user.id}>
      <AppShell user={user} memberships={memberships} role={membership.role}>
        {children}
      </AppShell>
    </OrgProvider>
  );
}
