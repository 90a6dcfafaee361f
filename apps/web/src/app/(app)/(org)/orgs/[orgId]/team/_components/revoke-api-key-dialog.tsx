'use client';

import type { ApiKeyView } from '@kushim/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

import { ConfirmDestructiveDialog } from '@/components/confirm-destructive-dialog';
import { apiRequest } from '@/lib/api/api-client';
import { useOrg } from '@/lib/org/org-context';
import { apiKeysKey } from '@/lib/queries/team';

export function RevokeKeyDialog({ apiKey }: { apiKey: ApiKeyView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  return (
    <ConfirmDestructiveDialog
      trigger="Revoke"
      triggerLabel={`Revoke ${apiKey.name}`}
      title={`Revoke ${apiKey.name}?`}
      description="Anything using this key gets 401 from now on. This cannot be undone."
      keep="Keep"
      confirm="Revoke key"
      pending="Revoking…"
      action={() => apiRequest(`/orgs/${orgId}/api-keys/${apiKey.id}`, { method: 'DELETE' })}
      onDone={async () => {
        toast.success(`${apiKey.name} revoked`);
        await queryClient.invalidateQueries({ queryKey: apiKeysKey(orgId) });
      }}
    />
  );
}
