'use client';

import { CheckListSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const checksKey = (orgId: string) => ['org', orgId, 'checks'] as const;

/** Every check definition with this organization's latest result and remediation SLA. */
export function useChecks(orgId: string) {
  return useQuery({
    queryKey: checksKey(orgId),
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/checks`, { schema: CheckListSchema, signal }),
  });
}
