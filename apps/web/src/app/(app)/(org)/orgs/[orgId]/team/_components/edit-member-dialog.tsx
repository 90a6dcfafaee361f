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
import { NativeSelect } from '@kushim/ui/components/native-select';

import { roleLabels } from '@/components/role-badge';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { useOrg } from '@/lib/org/org-context';
import { membersKey } from '@/lib/queries/team';
import { isoToLocalInput } from '@/lib/team/local-datetime';
import { toMemberAccessRequest, type MemberAccessValues } from '@/lib/team/member-access-request';

import { AuditorAccessFields } from './auditor-access-fields';

/** Changes a member's role and, for auditors, their access expiry and audit window. */
export function EditMemberDialog({ member, roles }: { member: MemberView; roles: RoleName[] }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<MemberAccessValues>(() => ({
    role: member.role,
    expiresAt: isoToLocalInput(member.expiresAt),
    windowFrom: isoToLocalInput(member.auditWindow?.from),
    windowTo: isoToLocalInput(member.auditWindow?.to),
  }));
  const set = (key: keyof MemberAccessValues, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/members/${member.userId}`, {
        method: 'PATCH',
        body: toMemberAccessRequest(member.role, values),
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
                value={values.role}
                onChange={(event) => set('role', event.target.value)}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {roleLabels[option]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          {values.role === 'AUDITOR' ? (
            <AuditorAccessFields
              idPrefix="member"
              values={values}
              onChange={set}
              fieldError={(field) => error?.fieldMessage(field)}
              hint="With a window, the auditor sees only that period. Leave both empty to remove it."
            />
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
