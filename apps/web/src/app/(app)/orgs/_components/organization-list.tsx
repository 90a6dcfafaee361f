import { Building2 } from 'lucide-react';

import type { MeResponse } from '@kushim/contracts';

import { RoleBadge } from './role-badge';

type Membership = MeResponse['memberships'][number];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

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
          <span className="min-w-0 flex-1 truncate text-sm font-medium">{membership.organizationName}</span>
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
