'use client';

import type { MemberView } from '@kushim/contracts';

import { useOrg } from '@/lib/org/org-context';
import { assignableRoles } from '@/lib/team/grantable-roles';

import { EditMemberDialog } from './edit-member-dialog';
import { RemoveMemberDialog } from './remove-member-dialog';

export function MemberActions({ member }: { member: MemberView }) {
  const { role } = useOrg();
  const roles = assignableRoles(role, member.role);
  return (
    <span className="flex justify-end gap-1">
      {roles.length > 0 ? <EditMemberDialog member={member} roles={roles} /> : null}
      {role === 'OWNER' || (member.role !== 'OWNER' && member.role !== 'ADMIN') ? (
        <RemoveMemberDialog member={member} />
      ) : null}
    </span>
  );
}
