'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { ExceptionSchema } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
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
import { Textarea } from '@kushim/ui/components/textarea';

import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import {
  ExceptionFormSchema,
  defaultExpiry,
  toExceptionRequest,
  type ExceptionFormValues,
} from '@/lib/controls/exception-form';
import { useOrg } from '@/lib/org/org-context';

type Resource = { type: string; id: string; name?: string | undefined };

/**
 * Accepts one failing finding as a risk exception. The API applies it at once: the control's status and the
 * score are recomputed in the same transaction, so every query of the organization is refreshed afterwards.
 */
export function ExceptionDialog({ checkId, resource }: { checkId: string; resource: Resource }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const label = resource.name ?? resource.id;
  const form = useForm<ExceptionFormValues>({
    resolver: zodResolver(ExceptionFormSchema),
    defaultValues: { justification: '', expiresOn: defaultExpiry(new Date()) },
  });
  const create = useMutation({
    mutationFn: (values: ExceptionFormValues) =>
      apiRequest(`/orgs/${orgId}/exceptions`, {
        method: 'POST',
        body: toExceptionRequest(checkId, resource.id, values),
        schema: ExceptionSchema,
      }),
    onSuccess: async () => {
      setOpen(false);
      form.reset();
      toast.success(`Exception recorded for ${label}`);
      await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    },
    onError: (error) => {
      if (error instanceof RequestError) {
        const justification = error.fieldMessage('justification');
        const expiresAt = error.fieldMessage('expiresAt');
        if (justification) {
          form.setError('justification', { message: justification });
        }
        if (expiresAt) {
          form.setError('expiresOn', { message: expiresAt });
        }
      }
    },
  });
  const { errors } = form.formState;
  const formError =
    create.error &&
    !(
      create.error instanceof RequestError &&
      (create.error.fieldMessage('justification') || create.error.fieldMessage('expiresAt'))
    )
      ? create.error.message
      : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Accept risk for ${label}`}>
          <ShieldAlert aria-hidden />
          Accept risk
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Accept a failing finding</DialogTitle>
          <DialogDescription>
            <span className="font-medium text-foreground">{label}</span> will no longer fail{' '}
            <span className="font-mono">{checkId}</span> until the exception expires or is revoked. The
            decision and its justification are recorded in the audit log.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => void form.handleSubmit((values) => create.mutate(values))(event)}
        >
          {formError ? (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
          <FormField
            id="exception-justification"
            label="Justification"
            description="Why the risk is acceptable, and what compensates for it."
            error={errors.justification?.message}
          >
            {(control) => <Textarea {...control} rows={4} {...form.register('justification')} />}
          </FormField>
          <FormField
            id="exception-expires"
            label="Expires on"
            description="The last day (UTC) the exception applies; it is re-evaluated after."
            error={errors.expiresOn?.message}
          >
            {(control) => <Input {...control} type="date" {...form.register('expiresOn')} />}
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Recording…' : 'Record exception'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
