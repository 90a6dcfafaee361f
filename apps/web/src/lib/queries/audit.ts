'use client';

import { AuditEventListSchema, AuditVerificationSchema } from '@kushim/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export type AuditFilters = { action?: string; actor?: string; from?: string; to?: string };

export function useAuditEvents(orgId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['org', orgId, 'audit-events', filters] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ limit: '50' });
      for (const [key, value] of Object.entries(filters)) {
        if (value) {
          query.set(key, value);
        }
      }
      if (pageParam) {
        query.set('cursor', pageParam);
      }
      return apiRequest(`/orgs/${orgId}/audit-events?${query.toString()}`, {
        schema: AuditEventListSchema,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The whole chain checked by the API with the same verifier as `kushim-verify`. */
export function useAuditVerification(orgId: string) {
  return useQuery({
    queryKey: ['org', orgId, 'audit-events', 'verify'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/audit-events/verify`, { schema: AuditVerificationSchema, signal }),
  });
}
