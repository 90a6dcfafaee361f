'use client';

import {
  ControlCommentSchema,
  ControlDetailSchema,
  ControlListSchema,
  ControlTransitionListSchema,
  ExceptionListSchema,
  ManualEvidenceListSchema,
} from '@kushim/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api/api-client';
import { writeControlFilters, type ControlFilters } from '@/lib/controls/control-filters';

export const controlsKey = (orgId: string) => ['org', orgId, 'controls'] as const;
export const exceptionsKey = (orgId: string) => ['org', orgId, 'exceptions'] as const;

export function useControls(orgId: string, filters: ControlFilters) {
  return useInfiniteQuery({
    queryKey: [...controlsKey(orgId), 'list', filters] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams(writeControlFilters(filters));
      query.set('limit', '200');
      if (pageParam) {
        query.set('cursor', pageParam);
      }
      return apiRequest(`/orgs/${orgId}/controls?${query.toString()}`, { schema: ControlListSchema, signal });
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useControl(orgId: string, controlId: string) {
  return useQuery({
    queryKey: [...controlsKey(orgId), 'one', controlId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/controls/${encodeURIComponent(controlId)}`, {
        schema: ControlDetailSchema,
        signal,
      }),
  });
}

export function useExceptions(orgId: string) {
  return useQuery({
    queryKey: exceptionsKey(orgId),
    queryFn: ({ signal }) => apiRequest(`/orgs/${orgId}/exceptions`, { schema: ExceptionListSchema, signal }),
  });
}

export function useControlTransitions(orgId: string, controlId: string) {
  return useQuery({
    queryKey: [...controlsKey(orgId), 'one', controlId, 'transitions'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/transitions?controlId=${encodeURIComponent(controlId)}&limit=50`, {
        schema: ControlTransitionListSchema,
        signal,
      }),
  });
}

export function useManualEvidence(orgId: string, controlId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...controlsKey(orgId), 'one', controlId, 'manual-evidence'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/controls/${encodeURIComponent(controlId)}/evidence`, {
        schema: ManualEvidenceListSchema,
        signal,
      }),
    enabled,
  });
}

const CommentListSchema = z.object({ items: z.array(ControlCommentSchema) });

export function useControlComments(orgId: string, controlId: string) {
  return useQuery({
    queryKey: [...controlsKey(orgId), 'one', controlId, 'comments'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/controls/${encodeURIComponent(controlId)}/comments`, {
        schema: CommentListSchema,
        signal,
      }),
  });
}
