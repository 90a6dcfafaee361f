'use client';

import { ApiKeyListSchema, MemberListSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const membersKey = (orgId: string) => ['org', orgId, 'members'] as const;
export const apiKeysKey = (orgId: string) => ['org', orgId, 'api-keys'] as const;

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: [...membersKey(orgId), 'list'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/members?limit=200`, { schema: MemberListSchema, signal }),
  });
}

export function useApiKeys(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: apiKeysKey(orgId),
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/api-keys`, { schema: ApiKeyListSchema, signal }),
    enabled,
  });
}
