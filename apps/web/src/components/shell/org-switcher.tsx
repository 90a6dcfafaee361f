'use client';

import type { MeResponse } from '@kushim/contracts';
import { Building2, Check, ChevronsUpDown } from 'lucide-react';
import Link from 'next/link';

import { Button } from '@kushim/ui/components/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@kushim/ui/components/dropdown-menu';

import { useOrg } from '@/lib/org/org-context';

type Membership = MeResponse['memberships'][number];

function isActive(membership: Membership): boolean {
  return membership.expiresAt === null || new Date(membership.expiresAt).getTime() > Date.now();
}

/** Switches between the organizations the person belongs to (expired auditor access is not offered). */
export function OrgSwitcher({ memberships }: { memberships: readonly Membership[] }) {
  const { orgId, organizationName } = useOrg();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          className="w-full justify-between px-2"
          aria-label={`Organization: ${organizationName}. Switch organization`}
        >
          <span className="flex min-w-0 items-center gap-2">
            <Building2 className="size-4 shrink-0 text-muted-foreground" aria-hidden />
            <span className="truncate">{organizationName}</span>
          </span>
          <ChevronsUpDown className="size-4 text-muted-foreground" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-60">
        <DropdownMenuLabel>Organizations</DropdownMenuLabel>
        {memberships.filter(isActive).map((membership) => (
          <DropdownMenuItem key={membership.orgId} asChild>
            <Link href={`/orgs/${membership.orgId}`}>
              <span className="min-w-0 flex-1 truncate">{membership.organizationName}</span>
              {membership.orgId === orgId ? <Check className="size-4" aria-label="current" /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/orgs">All organizations</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
