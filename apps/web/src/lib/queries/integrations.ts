'use client';

import { IntegrationListSchema, ProviderListSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const integrationsKey = (orgId: string) => ['org', orgId, 'integrations'] as const;

export function useIntegrations(orgId: string) {
  return useQuery({
    queryKey: integrationsKey(orgId),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/integrations`, { schema: IntegrationListSchema, signal }),
  });
}

/** The providers Kushim connects to, with their credential JSON Schemas and the permissions to grant. */
export function useProviders() {
  return useQuery({
    queryKey: ['providers'] as const,
    queryFn: ({ signal }) => apiRequest('/integrations/providers', { schema: ProviderListSchema, signal }),
    staleTime: 10 * 60_000,
  });
}
