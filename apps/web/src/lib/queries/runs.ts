'use client';

import { RunListSchema, RunSchema, type RunView } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const runsKey = (orgId: string) => ['org', orgId, 'runs'] as const;

export function isRunActive(run: Pick<RunView, 'status'>): boolean {
  return run.status === 'QUEUED' || run.status === 'RUNNING';
}

/** Recent runs and the sweep schedule; polls every 2 s while the newest run is still going. */
export function useRuns(orgId: string, limit = 5) {
  return useQuery({
    queryKey: [...runsKey(orgId), 'list', limit] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/runs?limit=${limit}`, { schema: RunListSchema, signal }),
    refetchInterval: (query) => {
      const newest = query.state.data?.items[0];
      return newest && isRunActive(newest) ? 2000 : false;
    },
  });
}

/** One run's progress, polled every second until it completes or fails. */
export function useRun(orgId: string, runId: string | undefined) {
  return useQuery({
    queryKey: [...runsKey(orgId), 'one', runId] as const,
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/runs/${runId}`, { schema: RunSchema, signal }),
    enabled: runId !== undefined,
    refetchInterval: (query) => (query.state.data && !isRunActive(query.state.data) ? false : 1000),
  });
}
