'use client';

import { CreateApiKeyResponseSchema, type CreateApiKeyResponse } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
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
import { apiKeysKey } from '@/lib/queries/team';
import { apiKeyRoles } from '@/lib/team/grantable-roles';

import { CopyField } from './copy-field';

/** Creates a key and shows it once: the API keeps only its hash. */
export function CreateApiKeyDialog() {
  const { orgId, role } = useOrg();
  const queryClient = useQueryClient();
  const roles = apiKeyRoles(role);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [keyRole, setKeyRole] = useState<string>(roles.at(-1) ?? 'VIEWER');
  const [created, setCreated] = useState<CreateApiKeyResponse | undefined>();
  const create = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/api-keys`, {
        method: 'POST',
        body: { name, role: keyRole },
        schema: CreateApiKeyResponseSchema,
      }),
    onSuccess: async (response) => {
      setCreated(response);
      await queryClient.invalidateQueries({ queryKey: apiKeysKey(orgId) });
    },
  });
  const error = create.error instanceof RequestError ? create.error : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setName('');
          setCreated(undefined);
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <KeyRound aria-hidden />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? 'API key created' : 'Create an API key'}</DialogTitle>
          <DialogDescription>
            {created
              ? 'Copy the key now: Kushim stores only its hash and cannot show it again.'
              : 'The key acts for this organization only, with the role you choose.'}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <div className="grid gap-4">
            <CopyField id="api-key-value" label="API key" value={created.key} />
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
              create.mutate();
            }}
          >
            {create.error && !error?.fieldMessage('name') && !error?.fieldMessage('role') ? (
              <Alert variant="destructive">
                <AlertDescription>{create.error.message}</AlertDescription>
              </Alert>
            ) : null}
            <FormField
              id="api-key-name"
              label="Name"
              description="What uses it, e.g. “CI evidence upload”."
              error={error?.fieldMessage('name')}
            >
              {(control) => (
                <Input {...control} value={name} onChange={(event) => setName(event.target.value)} />
              )}
            </FormField>
            <FormField id="api-key-role" label="Role" error={error?.fieldMessage('role')}>
              {(control) => (
                <NativeSelect
                  {...control}
                  value={keyRole}
                  onChange={(event) => setKeyRole(event.target.value)}
                >
                  {roles.map((option) => (
                    <option key={option} value={option}>
                      {roleLabels[option]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? 'Creating…' : 'Create key'}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
