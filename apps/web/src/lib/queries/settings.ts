'use client';

import { NotificationSettingsViewSchema } from '@kushim/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api/api-client';

export const settingsKey = (orgId: string) => ['org', orgId, 'notification-settings'] as const;

export function useNotificationSettings(orgId: string) {
  return useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) =>
      apiRequest(`/orgs/${orgId}/notification-settings`, { schema: NotificationSettingsViewSchema, signal }),
  });
}
