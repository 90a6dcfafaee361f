'use client';

import { CreateApiKeyResponseSchema, type ApiKeyView, type CreateApiKeyResponse } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RoleBadge, roleLabels } from '@/components/role-badge';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { apiKeysKey, useApiKeys } from '@/lib/queries/team';
import { apiKeyRoles } from '@/lib/team/grantable-roles';
import { CopyField } from './copy-field';

/** Keys for scripts and CI (`Authorization: Bearer ksm_…`), each bound to this organization and one role. */
export function ApiKeysSection() {
  const { orgId, can } = useOrg();
  const keys = useApiKeys(orgId, can.manageTeam);
  return (
    <section aria-labelledby="api-keys-heading" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="api-keys-heading" className="text-base font-semibold">
          API keys
        </h2>
        <CreateApiKeyDialog />
      </div>
      {keys.isPending ? (
        <LoadingBlock rows={2} label="Loading API keys" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState icon={KeyRound} title="No API key">
          Create one for a script or CI job; it acts with the role you choose, never more than yours.
        </EmptyState>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="API keys">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Role</TableHead>
                <TableHead scope="col">Key starts with</TableHead>
                <TableHead scope="col">Created</TableHead>
                <TableHead scope="col">Last used</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.data.items.map((key) => (
                <TableRow key={key.id} data-testid="api-key-row">
                  <TableCell className="font-medium">{key.name}</TableCell>
                  <TableCell>
                    <RoleBadge role={key.role} />
                  </TableCell>
                  <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
                  <TableCell className="text-xs">{formatDateTime(key.createdAt)}</TableCell>
                  <TableCell className="text-xs">
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}
                  </TableCell>
                  <TableCell className="text-right">
                    {key.revokedAt ? (
                      <span className="text-xs text-muted-foreground">Revoked</span>
                    ) : (
                      <RevokeKeyDialog apiKey={key} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function CreateApiKeyDialog() {
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

function RevokeKeyDialog({ apiKey }: { apiKey: ApiKeyView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: () => apiRequest(`/orgs/${orgId}/api-keys/${apiKey.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setOpen(false);
      toast.success(`${apiKey.name} revoked`);
      await queryClient.invalidateQueries({ queryKey: apiKeysKey(orgId) });
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive" aria-label={`Revoke ${apiKey.name}`}>
          Revoke
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revoke {apiKey.name}?</DialogTitle>
          <DialogDescription>
            Anything using this key gets 401 from now on. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        {revoke.error ? (
          <Alert variant="destructive">
            <AlertDescription>{revoke.error.message}</AlertDescription>
          </Alert>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Keep
          </Button>
          <Button variant="destructive" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
            {revoke.isPending ? 'Revoking…' : 'Revoke key'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
