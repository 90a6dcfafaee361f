'use client';

import type { IntegrationView } from '@kushim/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

import { ConfirmDestructiveDialog } from '@/components/confirm-destructive-dialog';
import { apiRequest } from '@/lib/api/api-client';
import { useOrg } from '@/lib/org/org-context';

/** Disconnecting removes the credentials and the schedule; evidence already collected stays sealed. */
export function DeleteIntegrationDialog({ integration }: { integration: IntegrationView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  return (
    <ConfirmDestructiveDialog
      trigger="Disconnect"
      triggerLabel={`Disconnect ${integration.name}`}
      title={`Disconnect ${integration.name}?`}
      description="Kushim deletes the stored credentials and stops collecting from it. Evidence and results already collected are kept, sealed in the audit log."
      keep="Keep it"
      confirm="Disconnect"
      pending="Disconnecting…"
      action={() => apiRequest(`/orgs/${orgId}/integrations/${integration.id}`, { method: 'DELETE' })}
      onDone={async () => {
        toast.success(`${integration.name} disconnected`);
        await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
      }}
    />
  );
}
