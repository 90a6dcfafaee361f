'use client';

import { MemberListSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

/** Up to 200 members, to show names where the API gives a user id (control owners, exception approvers). */
export function useMemberNames(orgId: string) {
  return useQuery({
    queryKey: ['org', orgId, 'members', 'names'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/members?limit=200`, { schema: MemberListSchema, signal }),
    select: (list) => new Map(list.items.map((member) => [member.userId, member.name] as const)),
    staleTime: 5 * 60_000,
  });
}
