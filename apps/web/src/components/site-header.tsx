import { LogOut } from 'lucide-react';
import Link from 'next/link';

import { Button } from '@kushim/ui/components/button';
import { Separator } from '@kushim/ui/components/separator';

import { KushimMark } from '@/components/kushim-mark';
import { ThemeToggle } from '@/components/theme-toggle';
import { signOut } from '@/lib/auth/auth.actions';

export function SiteHeader({ userName, userEmail }: { userName: string; userEmail: string }) {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-12 max-w-5xl items-center gap-3 px-4">
        <Link
          href="/orgs"
          className="inline-flex items-center rounded-md focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          <KushimMark />
        </Link>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <Separator orientation="vertical" className="mx-2 h-5" />
          <span
            className="max-w-48 truncate text-sm font-medium"
            title={userEmail}
            data-testid="current-user-name"
          >
            {userName}
          </span>
          <form action={signOut}>
            <Button type="submit" variant="ghost" size="sm">
              <LogOut aria-hidden />
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
