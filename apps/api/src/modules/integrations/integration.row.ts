import type { IntegrationView, ProviderIdName } from '@kushim/contracts';
import type { Integration } from '@kushim/db';

/** The API view of an integration row: everything but the ciphertext. */
export function toIntegrationView(row: Integration): IntegrationView {
  return {
    id: row.id,
    provider: row.provider as ProviderIdName,
    name: row.name,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    status: row.status,
    lastError: row.lastError,
    lastCollectedAt: row.lastCollectedAt?.toISOString() ?? null,
    scheduleEveryHours: row.scheduleEveryHours,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
