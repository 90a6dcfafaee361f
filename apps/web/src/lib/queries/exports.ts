'use client';

import { AuditExportViewSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api/api-client';

const ExportListSchema = z.object({ items: z.array(AuditExportViewSchema) });

export const exportsKey = (orgId: string) => ['org', orgId, 'exports'] as const;

/** The organization's export packages, polled every 2 s while one is still being built. */
export function useExports(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: exportsKey(orgId),
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/exports`, { schema: ExportListSchema, signal }),
    enabled,
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === 'QUEUED' || item.status === 'BUILDING')
        ? 2000
        : false,
  });
}
