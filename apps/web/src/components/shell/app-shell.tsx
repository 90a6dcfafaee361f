import { LogOut } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

import type { MeResponse } from '@kushim/contracts';
import { Button } from '@kushim/ui/components/button';

import { KushimMark } from '@/components/kushim-mark';
import { RoleBadge } from '@/components/role-badge';
import { ThemeToggle } from '@/components/theme-toggle';
import { signOut } from '@/lib/auth/auth.actions';
import { AuditorBanner } from './auditor-banner';
import { OrgSwitcher } from './org-switcher';
import { SidebarNav } from './sidebar-nav';

type Props = {
  user: MeResponse['user'];
  memberships: MeResponse['memberships'];
  role: MeResponse['memberships'][number]['role'];
  children: ReactNode;
};

/** Sidebar (organization, sections) beside a header (person, theme, sign out) and the page. */
export function AppShell({ user, memberships, role, children }: Props) {
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <div className="hidden w-60 shrink-0 border-r bg-muted/30 md:block">
        <aside className="sticky top-0 flex h-dvh flex-col gap-4 px-3 py-4">
          <Link
            href="/orgs"
            className="inline-flex w-fit items-center rounded-md px-1 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            <KushimMark />
          </Link>
          <OrgSwitcher memberships={memberships} />
          <SidebarNav />
        </aside>
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-40 flex h-12 items-center gap-2 border-b bg-background/95 px-6 backdrop-blur">
          <div className="md:hidden">
            <OrgSwitcher memberships={memberships} />
          </div>
          <div className="ml-auto flex items-center gap-2">
            <RoleBadge role={role} />
            <ThemeToggle />
            <span
              className="max-w-48 truncate text-sm font-medium"
              title={user.email}
              data-testid="current-user-name"
            >
              {user.name}
            </span>
            <form action={signOut}>
              <Button type="submit" variant="ghost" size="sm">
                <LogOut aria-hidden />
                Sign out
              </Button>
            </form>
          </div>
        </header>
        <AuditorBanner />
        <div className="border-b px-6 py-2 md:hidden">
          <SidebarNav />
        </div>
        <main id="main" className="w-full max-w-7xl flex-1 px-6 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
