'use client';

import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { ApiKeysSection } from './api-keys-section';
import { InviteDialog } from './invite-dialog';
import { MembersSection } from './members-section';

export function TeamView() {
  const { can } = useOrg();
  return (
    <>
      <PageHeader
        title="Team"
        description="Who can see and change this organization, and the API keys that act for it. Auditors can be limited to the period under audit."
        actions={can.manageTeam ? <InviteDialog /> : null}
      />
      <div className="grid gap-8">
        <MembersSection />
        {can.manageTeam ? <ApiKeysSection /> : null}
      </div>
    </>
  );
}
