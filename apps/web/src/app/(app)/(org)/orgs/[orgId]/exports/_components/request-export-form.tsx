'use client';

import { AuditExportViewSchema } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { Alert, AlertDescription } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { defaultPeriod, fromUtcInput, toUtcInput } from '@/lib/exports/default-period';
import { useOrg } from '@/lib/org/org-context';
import { exportsKey } from '@/lib/queries/exports';

export function RequestExportForm() {
  const { orgId, auditWindow } = useOrg();
  const queryClient = useQueryClient();
  const [initial] = useState(() => defaultPeriod(new Date(), auditWindow));
  const [from, setFrom] = useState(toUtcInput(initial.from));
  const [to, setTo] = useState(toUtcInput(initial.to));
  const [local, setLocal] = useState<{ from?: string; to?: string }>({});
  const request = useMutation({
    mutationFn: (period: { from: string; to: string }) =>
      apiRequest(`/orgs/${orgId}/exports`, { method: 'POST', body: period, schema: AuditExportViewSchema }),
    onSuccess: async () => {
      toast.success('Export requested: it appears below when ready.');
      await queryClient.invalidateQueries({ queryKey: exportsKey(orgId) });
    },
  });
  const apiError = request.error instanceof RequestError ? request.error : undefined;
  const fromError = local.from ?? apiError?.fieldMessage('from');
  const toError = local.to ?? apiError?.fieldMessage('to');
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Request an export</h2>
        </CardTitle>
        <CardDescription>
          {auditWindow
            ? 'The period must lie inside your audit window. Times are UTC.'
            : 'Up to 400 days, ending now at the latest. Times are UTC.'}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex flex-wrap items-start gap-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const period = { from: fromUtcInput(from), to: fromUtcInput(to) };
            const errors = {
              ...(period.from ? {} : { from: 'Enter a date and time.' }),
              ...(period.to ? {} : { to: 'Enter a date and time.' }),
            };
            setLocal(errors);
            if (period.from && period.to) {
              request.mutate({ from: period.from, to: period.to });
            }
          }}
        >
          <FormField id="export-from" label="From (UTC)" error={fromError}>
            {(control) => (
              <Input
                {...control}
                type="datetime-local"
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            )}
          </FormField>
          <FormField id="export-to" label="To (UTC)" error={toError}>
            {(control) => (
              <Input
                {...control}
                type="datetime-local"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            )}
          </FormField>
          <Button type="submit" className="mt-6" disabled={request.isPending}>
            {request.isPending ? 'Requesting…' : 'Request export'}
          </Button>
        </form>
        {request.error && !fromError && !toError ? (
          <Alert variant="destructive" className="mt-3">
            <AlertDescription>{request.error.message}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
