import { Building2 } from 'lucide-react';
import Link from 'next/link';

import type { MeResponse } from '@kushim/contracts';

import { RoleBadge } from '@/components/role-badge';

type Membership = MeResponse['memberships'][number];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

function isExpired(expiresAt: string | null): boolean {
  return expiresAt !== null && new Date(expiresAt).getTime() <= Date.now();
}

export function OrganizationList({ memberships }: { memberships: readonly Membership[] }) {
  return (
    <ul className="divide-y rounded-lg border bg-card" aria-label="Your organizations">
      {memberships.map((membership) => (
        <li
          key={membership.orgId}
          className="flex items-center gap-3 px-4 py-3"
          data-testid="organization-row"
          data-org-id={membership.orgId}
        >
          <Building2 className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          {isExpired(membership.expiresAt) ? (
            <span className="min-w-0 flex-1 truncate text-sm font-medium text-muted-foreground">
              {membership.organizationName} <span className="text-xs font-normal">(access ended)</span>
            </span>
          ) : (
            <Link
              href={`/orgs/${membership.orgId}`}
              className="min-w-0 flex-1 truncate rounded-sm text-sm font-medium hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              {membership.organizationName}
            </Link>
          )}
          {membership.expiresAt ? (
            <span className="text-xs text-muted-foreground">
              Access until{' '}
              <time dateTime={membership.expiresAt}>{dateFormat.format(new Date(membership.expiresAt))}</time>
            </span>
          ) : null}
          <RoleBadge role={membership.role} />
        </li>
      ))}
    </ul>
  );
}
