import type { Metadata } from 'next';

import { currentSession } from '@/lib/session/current-session';
import { NoOrganizations } from './_components/no-organizations';
import { OrganizationList } from './_components/organization-list';

export const metadata: Metadata = { title: 'Organizations' };

export default async function OrganizationsPage() {
  const { user, memberships } = await currentSession();
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-lg font-semibold tracking-tight">Organizations</h1>
        <p className="text-sm text-muted-foreground">
          The organizations you belong to and your role in each.
        </p>
      </div>
      {memberships.length > 0 ? (
        <OrganizationList memberships={memberships} />
      ) : (
        <NoOrganizations email={user.email} />
      )}
    </div>
  );
}
