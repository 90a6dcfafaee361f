'use client';

import { Users } from 'lucide-react';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RoleBadge } from '@/components/role-badge';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useMembers } from '@/lib/queries/team';
import { MemberActions } from './member-actions';

export function MembersSection() {
  const { orgId, can, userId } = useOrg();
  const members = useMembers(orgId);
  return (
    <section aria-labelledby="members-heading" className="grid gap-3">
      <h2 id="members-heading" className="text-base font-semibold">
        Members
      </h2>
      {members.isPending ? (
        <LoadingBlock rows={4} label="Loading members" />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyState icon={Users} title="No member">
          Invite people with the button above.
        </EmptyState>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="Members">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Person</TableHead>
                <TableHead scope="col">Role</TableHead>
                <TableHead scope="col">Access until</TableHead>
                <TableHead scope="col">Audit window</TableHead>
                <TableHead scope="col">Joined</TableHead>
                {can.manageTeam ? (
                  <TableHead scope="col">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.data.items.map((member) => (
                <TableRow
                  key={member.userId}
                  data-testid="member-row"
                  data-email={member.email}
                  data-role={member.role}
                >
                  <TableCell>
                    <span className="font-medium">{member.name}</span>
                    {member.userId === userId ? <span className="text-muted-foreground"> (you)</span> : null}
                    <span className="block text-xs text-muted-foreground">{member.email}</span>
                  </TableCell>
                  <TableCell>
                    <RoleBadge role={member.role} />
                  </TableCell>
                  <TableCell className="text-xs">
                    {member.expiresAt ? formatDateTime(member.expiresAt) : '—'}
                  </TableCell>
                  <TableCell className="text-xs">
                    {member.auditWindow
                      ? `${formatDate(member.auditWindow.from)} – ${formatDate(member.auditWindow.to)}`
                      : '—'}
                  </TableCell>
                  <TableCell className="text-xs">{formatDate(member.joinedAt)}</TableCell>
                  {can.manageTeam ? (
                    <TableCell className="text-right">
                      {member.userId === userId ? null : <MemberActions member={member} />}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
