'use client';

import type { ApiKeyView } from '@kushim/contracts';
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
import { apiKeysKey } from '@/lib/queries/team';

export function RevokeKeyDialog({ apiKey }: { apiKey: ApiKeyView }) {
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
