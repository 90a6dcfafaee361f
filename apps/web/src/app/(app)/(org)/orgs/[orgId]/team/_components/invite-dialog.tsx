'use client';

import { InviteMemberResponseSchema, type InviteMemberResponse } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useState } from 'react';

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
import { invitableRoles } from '@/lib/team/grantable-roles';
import { toInviteRequest, type InviteFormValues } from '@/lib/team/local-datetime';
import { AuditorAccessFields } from './auditor-access-fields';
import { CopyField } from './copy-field';

const EMPTY: InviteFormValues = { email: '', role: 'VIEWER', expiresAt: '', windowFrom: '', windowTo: '' };

/** Invites one person; the invitation link is shown once, to pass on through a channel you trust. */
export function InviteDialog() {
  const { orgId, role } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<InviteFormValues>(EMPTY);
  const [created, setCreated] = useState<InviteMemberResponse | undefined>();
  const invite = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/members`, {
        method: 'POST',
        body: toInviteRequest(values),
        schema: InviteMemberResponseSchema,
      }),
    onSuccess: async (response) => {
      setCreated(response);
      await queryClient.invalidateQueries({ queryKey: membersKey(orgId) });
    },
  });
  const error = invite.error instanceof RequestError ? invite.error : undefined;
  const fieldError = (field: string) => error?.fieldMessage(field);
  const anyField = ['email', 'role', 'expiresAt', 'auditWindow', 'auditWindow.from', 'auditWindow.to'].some(
    fieldError,
  );
  const set = (key: keyof InviteFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const link = created
    ? `${typeof window === 'undefined' ? '' : window.location.origin}/accept-invite?token=${encodeURIComponent(created.inviteToken)}`
    : '';
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setValues(EMPTY);
          setCreated(undefined);
          invite.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? 'Invitation created' : 'Invite a member'}</DialogTitle>
          <DialogDescription>
            {created
              ? `Send this link to ${created.invitation.email}. It works once, for 7 days, and is not shown again.`
              : 'Auditors can be limited to the period under audit and given an end date.'}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <div className="grid gap-4">
            <CopyField id="invite-link" label="Invitation link" value={link} />
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              invite.mutate();
            }}
          >
            {invite.error && !anyField ? (
              <Alert variant="destructive">
                <AlertDescription>{invite.error.message}</AlertDescription>
              </Alert>
            ) : null}
            <FormField id="invite-email" label="Email" error={fieldError('email')}>
              {(control) => (
                <Input
                  {...control}
                  type="email"
                  autoComplete="off"
                  value={values.email}
                  onChange={set('email')}
                />
              )}
            </FormField>
            <FormField id="invite-role" label="Role" error={fieldError('role')}>
              {(control) => (
                <NativeSelect {...control} value={values.role} onChange={set('role')}>
                  {invitableRoles(role).map((option) => (
                    <option key={option} value={option}>
                      {roleLabels[option]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
            {values.role === 'AUDITOR' ? (
              <AuditorAccessFields
                idPrefix="invite"
                values={values}
                onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
                fieldError={fieldError}
                hint="With a window, the auditor sees only what happened in that period. Leave both empty for the whole history."
              />
            ) : null}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={invite.isPending}>
                {invite.isPending ? 'Inviting…' : 'Create invitation'}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
