'use client';

import type { IntegrationView } from '@kushim/contracts';
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

import { apiRequest } from '@/lib/api/api-client';
import { useOrg } from '@/lib/org/org-context';

/** Disconnecting removes the credentials and the schedule; evidence already collected stays sealed. */
export function DeleteIntegrationDialog({ integration }: { integration: IntegrationView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => apiRequest(`/orgs/${orgId}/integrations/${integration.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setOpen(false);
      toast.success(`${integration.name} disconnected`);
      await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive">
          Disconnect
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Disconnect {integration.name}?</DialogTitle>
          <DialogDescription>
            Kushim deletes the stored credentials and stops collecting from it. Evidence and results already
            collected are kept, sealed in the audit log.
          </DialogDescription>
        </DialogHeader>
        {remove.error ? (
          <Alert variant="destructive">
            <AlertDescription>{remove.error.message}</AlertDescription>
          </Alert>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Keep it
          </Button>
          <Button variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending}>
            {remove.isPending ? 'Disconnecting…' : 'Disconnect'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
