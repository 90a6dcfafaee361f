'use client';

import { IntegrationSchema, type ProviderSummary } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound, TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
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

import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { parseFields, schemaFields } from '@/lib/integrations/schema-fields';
import { useOrg } from '@/lib/org/org-context';
import { SchemaFieldInput, type ConnectFormValues } from './schema-field-input';

/**
 * Connect form generated from the provider's JSON Schemas. The API validates the credentials against the same
 * schema, then makes a live call through the provider's SDK: a refusal comes back with the provider's message and
 * the permissions that are missing, shown here as they are.
 */
export function ConnectDialog({ provider }: { provider: ProviderSummary }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const credentialFields = useMemo(
    () => schemaFields(provider.credentialSchema, { secrets: true }),
    [provider],
  );
  const settingFields = useMemo(() => schemaFields(provider.settingsSchema, { secrets: false }), [provider]);
  const requiredSettings = settingFields.filter((field) => field.required);
  const optionalSettings = settingFields.filter((field) => !field.required);
  const form = useForm<ConnectFormValues>({
    defaultValues: { name: provider.name, credentials: {}, settings: {} },
  });
  const [booleans, setBooleans] = useState<Record<string, boolean>>({});
  const connect = useMutation({
    mutationFn: (body: unknown) =>
      apiRequest(`/orgs/${orgId}/integrations`, { method: 'POST', body, schema: IntegrationSchema }),
    onSuccess: async (integration) => {
      setOpen(false);
      form.reset();
      toast.success(`${integration.name} connected. Run a collection to see its results.`);
      await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    },
    onError: (error) => {
      if (!(error instanceof RequestError)) {
        return;
      }
      for (const issue of error.body.issues ?? []) {
        const [group, name] = issue.path;
        if ((group === 'credentials' || group === 'settings') && typeof name === 'string') {
          form.setError(`${group}.${name}`, { message: issue.message });
        } else if (group === 'name') {
          form.setError('name', { message: issue.message });
        }
      }
    },
  });
  const submit = form.handleSubmit((values) => {
    const credentials = parseFields(credentialFields, values.credentials);
    const settings = parseFields(settingFields, { ...values.settings, ...booleans });
    for (const [name, message] of Object.entries(credentials.errors)) {
      form.setError(`credentials.${name}`, { message });
    }
    for (const [name, message] of Object.entries(settings.errors)) {
      form.setError(`settings.${name}`, { message });
    }
    if (!values.name.trim()) {
      form.setError('name', { message: 'is required' });
    }
    if (
      Object.keys(credentials.errors).length ||
      Object.keys(settings.errors).length ||
      !values.name.trim()
    ) {
      return;
    }
    connect.mutate({
      provider: provider.id,
      name: values.name.trim(),
      credentials: credentials.values,
      settings: settings.values,
    });
  });
  const { errors } = form.formState;
  const fieldOnly =
    connect.error instanceof RequestError &&
    (connect.error.body.issues ?? []).some((issue) => issue.path.length > 1);
  const idPrefix = `connect-${provider.id}`;
  const renderField = (group: 'credentials' | 'settings') => (field: (typeof credentialFields)[number]) => (
    <SchemaFieldInput
      key={field.name}
      group={group}
      field={field}
      idPrefix={idPrefix}
      register={form.register}
      error={errors[group]?.[field.name]?.message}
      booleanValue={booleans[field.name]}
      onBooleanChange={(value) => setBooleans((current) => ({ ...current, [field.name]: value }))}
    />
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          connect.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" aria-label={`Connect ${provider.name}`}>
          Connect
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Connect {provider.name}</DialogTitle>
          <DialogDescription>
            Use credentials that can only read. They are tested with a live call, then encrypted; Kushim never
            shows them again.
          </DialogDescription>
        </DialogHeader>
        <details className="rounded-md border p-3 text-sm">
          <summary className="flex cursor-pointer items-center gap-2 font-medium">
            <KeyRound className="size-4" aria-hidden /> Permissions to grant ({provider.permissions.length})
          </summary>
          <ul className="mt-2 grid gap-1.5" aria-label={`Permissions ${provider.name} needs`}>
            {provider.permissions.map((permission) => (
              <li key={permission.permission}>
                <code className="text-xs">{permission.permission}</code>
                <span className="block text-xs text-muted-foreground">{permission.reason}</span>
              </li>
            ))}
          </ul>
        </details>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-label={`Connect ${provider.name}`}
        >
          {connect.error && !fieldOnly ? (
            <Alert variant="destructive" data-testid="connect-error">
              <TriangleAlert aria-hidden />
              <AlertTitle>{provider.name} refused the connection</AlertTitle>
              <AlertDescription>{connect.error.message}</AlertDescription>
            </Alert>
          ) : null}
          <FormField
            id={`${idPrefix}-name`}
            label="Name"
            description="How this connection appears in Kushim."
            error={errors.name?.message}
          >
            {(control) => <Input {...control} {...form.register('name')} />}
          </FormField>
          <fieldset className="grid gap-3">
            <legend className="mb-1 text-sm font-semibold">Credentials</legend>
            {credentialFields.map(renderField('credentials'))}
          </fieldset>
          {settingFields.length > 0 ? (
            <fieldset className="grid gap-3">
              <legend className="mb-1 text-sm font-semibold">Settings</legend>
              {requiredSettings.map(renderField('settings'))}
              {optionalSettings.length > 0 ? (
                <details className="grid gap-3">
                  <summary className="cursor-pointer text-sm text-muted-foreground">
                    Optional settings ({optionalSettings.length})
                  </summary>
                  <div className="mt-3 grid gap-3">{optionalSettings.map(renderField('settings'))}</div>
                </details>
              ) : null}
            </fieldset>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={connect.isPending}>
              {connect.isPending ? 'Testing the connection…' : `Connect ${provider.name}`}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
