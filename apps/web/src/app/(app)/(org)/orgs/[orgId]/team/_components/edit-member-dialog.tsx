'use client';

import { MemberSchema, type MemberView, type RoleName } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { Alert, AlertDescription } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@kushim/ui/components/dialog';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { NativeSelect } from '@kushim/ui/components/native-select';

import { roleLabels } from '@/components/role-badge';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { useOrg } from '@/lib/org/org-context';
import { membersKey } from '@/lib/queries/team';
import { isoToLocalInput } from '@/lib/team/local-datetime';
import { toMemberAccessRequest } from '@/lib/team/member-access-request';

/** Changes a member's role and, for auditors, their access expiry and audit window. */
export function EditMemberDialog({ member, roles }: { member: MemberView; roles: RoleName[] }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<RoleName>(member.role);
  const [expiresAt, setExpiresAt] = useState(isoToLocalInput(member.expiresAt));
  const [windowFrom, setWindowFrom] = useState(isoToLocalInput(member.auditWindow?.from));
  const [windowTo, setWindowTo] = useState(isoToLocalInput(member.auditWindow?.to));
  const save = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/members/${member.userId}`, {
        method: 'PATCH',
        body: toMemberAccessRequest(member.role, { role, expiresAt, windowFrom, windowTo }),
        schema: MemberSchema,
      }),
    onSuccess: async () => {
      setOpen(false);
      toast.success(`${member.name} updated`);
      await queryClient.invalidateQueries({ queryKey: membersKey(orgId) });
    },
  });
  const error = save.error instanceof RequestError ? save.error : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        save.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Change access of ${member.name}`}>
          Change access
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Change access of {member.name}</DialogTitle>
          <DialogDescription>Takes effect at once and is recorded in the audit log.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          {save.error && !error?.fieldMessage('auditWindow') && !error?.fieldMessage('expiresAt') ? (
            <Alert variant="destructive">
              <AlertDescription>{save.error.message}</AlertDescription>
            </Alert>
          ) : null}
          <FormField id="member-role" label="Role" error={error?.fieldMessage('role')}>
            {(control) => (
              <NativeSelect
                {...control}
                value={role}
                onChange={(event) => setRole(event.target.value as RoleName)}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {roleLabels[option]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          {role === 'AUDITOR' ? (
            <>
              <FormField
                id="member-expires"
                label="Access expires (your local time, optional)"
                error={error?.fieldMessage('expiresAt')}
              >
                {(control) => (
                  <Input
                    {...control}
                    type="datetime-local"
                    value={expiresAt}
                    onChange={(e) => setExpiresAt(e.target.value)}
                  />
                )}
              </FormField>
              <div className="grid grid-cols-2 gap-3">
                <FormField
                  id="member-window-from"
                  label="Audit window from"
                  error={error?.fieldMessage('auditWindow.from') ?? error?.fieldMessage('auditWindow')}
                >
                  {(control) => (
                    <Input
                      {...control}
                      type="datetime-local"
                      value={windowFrom}
                      onChange={(e) => setWindowFrom(e.target.value)}
                    />
                  )}
                </FormField>
                <FormField
                  id="member-window-to"
                  label="Audit window to"
                  error={error?.fieldMessage('auditWindow.to')}
                >
                  {(control) => (
                    <Input
                      {...control}
                      type="datetime-local"
                      value={windowTo}
                      onChange={(e) => setWindowTo(e.target.value)}
                    />
                  )}
                </FormField>
              </div>
              <p className="text-xs text-muted-foreground">
                With a window, the auditor sees only that period (your local time). Leave both empty to remove
                it.
              </p>
            </>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save access'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
