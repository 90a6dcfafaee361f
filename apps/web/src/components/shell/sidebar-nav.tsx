'use client';

import {
  Archive,
  FileSearch,
  LayoutDashboard,
  ListChecks,
  PlugZap,
  ScrollText,
  Settings,
  Users,
  type LucideIcon,
} from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

import { cn } from '@kushim/ui/lib/utils';

import { navItemsFor, isActiveSection, type NavItem } from '@/lib/org/navigation';
import { orgPath, useOrg } from '@/lib/org/org-context';

const icons: Record<NavItem['icon'], LucideIcon> = {
  overview: LayoutDashboard,
  controls: ListChecks,
  evidence: FileSearch,
  integrations: PlugZap,
  'audit-log': ScrollText,
  exports: Archive,
  team: Users,
  settings: Settings,
};

export function SidebarNav() {
  const { orgId, can } = useOrg();
  const pathname = usePathname();
  return (
    <nav aria-label="Organization" className="grid gap-0.5">
      {navItemsFor(can).map((item) => {
        const Icon = icons[item.icon];
        const active = isActiveSection(pathname, orgId, item.segment);
        return (
          <Link
            key={item.segment}
            // Not prefetched: eight route prefetches on every page load would queue the page's own API calls
            // behind them (six connections per host).
            prefetch={false}
            href={item.segment ? orgPath(orgId, item.segment) : orgPath(orgId)}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
              active && 'bg-accent font-medium text-foreground',
            )}
          >
            <Icon className="size-4" aria-hidden />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
