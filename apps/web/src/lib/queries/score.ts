'use client';

import { ScoreHistorySchema, ScoreSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const scoreKey = (orgId: string) => ['org', orgId, 'score'] as const;

export function useScore(orgId: string) {
  return useQuery({
    queryKey: scoreKey(orgId),
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/score`, { schema: ScoreSchema, signal }),
  });
}

/** Daily score points from `from` (YYYY-MM-DD) to today. */
export function useScoreHistory(orgId: string, from: string) {
  return useQuery({
    queryKey: [...scoreKey(orgId), 'history', from] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/score/history?from=${from}`, { schema: ScoreHistorySchema, signal }),
  });
}
