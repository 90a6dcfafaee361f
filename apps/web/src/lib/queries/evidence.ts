'use client';

import { EvidenceDetailSchema, EvidenceListSchema } from '@kushim/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export type EvidenceFilters = { kind?: string; integrationId?: string; from?: string; to?: string };

export function useEvidenceList(orgId: string, filters: EvidenceFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['org', orgId, 'evidence', 'list', filters] as const,
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
      return apiRequest(`/orgs/${orgId}/evidence?${query.toString()}`, {
        schema: EvidenceListSchema,
        signal,
      });
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}

export function useEvidence(orgId: string, evidenceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['org', orgId, 'evidence', 'one', evidenceId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/evidence/${evidenceId}`, { schema: EvidenceDetailSchema, signal }),
    enabled,
  });
}
