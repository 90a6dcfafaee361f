'use client';

import { StartRunResponseSchema } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Play } from 'lucide-react';
import { toast } from 'sonner';

import { Button } from '@kushim/ui/components/button';

import { apiRequest } from '@/lib/api/api-client';
import { useOrg } from '@/lib/org/org-context';
import { runsKey } from '@/lib/queries/runs';

/** Starts a collection of every enabled integration; the page then follows the run's progress. */
export function RunNowButton({ onStarted }: { onStarted: (runId: string) => void }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/runs`, { method: 'POST', body: {}, schema: StartRunResponseSchema }),
    onSuccess: async ({ runId }) => {
      onStarted(runId);
      await queryClient.invalidateQueries({ queryKey: runsKey(orgId) });
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <Button onClick={() => start.mutate()} disabled={start.isPending}>
      <Play aria-hidden />
      {start.isPending ? 'Starting…' : 'Run now'}
    </Button>
  );
}
