'use client';

import type { MemberView } from '@kushim/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

import { ConfirmDestructiveDialog } from '@/components/confirm-destructive-dialog';
import { apiRequest } from '@/lib/api/api-client';
import { useOrg } from '@/lib/org/org-context';
import { membersKey } from '@/lib/queries/team';

export function RemoveMemberDialog({ member }: { member: MemberView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  return (
    <ConfirmDestructiveDialog
      trigger="Remove"
      triggerLabel={`Remove ${member.name}`}
      title={`Remove ${member.name}?`}
      description={`${member.email} loses access to this organization at once and is signed out everywhere. What they did stays in the audit log.`}
      keep="Keep"
      confirm="Remove member"
      pending="Removing…"
      action={() => apiRequest(`/orgs/${orgId}/members/${member.userId}`, { method: 'DELETE' })}
      onDone={async () => {
        toast.success(`${member.name} removed`);
        await queryClient.invalidateQueries({ queryKey: membersKey(orgId) });
      }}
    />
  );
}
