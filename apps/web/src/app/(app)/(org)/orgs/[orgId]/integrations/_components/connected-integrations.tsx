'use client';

import { PlugZap } from 'lucide-react';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { useOrg } from '@/lib/org/org-context';
import { useIntegrations, useProviders } from '@/lib/queries/integrations';
import { IntegrationCard } from './integration-card';

export function ConnectedIntegrations() {
  const { orgId, can } = useOrg();
  const integrations = useIntegrations(orgId);
  const providers = useProviders();
  return (
    <section aria-labelledby="connected-heading" className="grid gap-3">
      <h2 id="connected-heading" className="text-base font-semibold">
        Connected
      </h2>
      {integrations.isPending ? (
        <LoadingBlock rows={3} label="Loading integrations" />
      ) : integrations.isError ? (
        <ErrorState error={integrations.error} onRetry={() => void integrations.refetch()} />
      ) : integrations.data.items.length === 0 ? (
        <EmptyState icon={PlugZap} title="No integration connected">
          {can.write
            ? 'Connect a provider below with read-only credentials; Kushim tests them before saving.'
            : 'A compliance manager connects providers here.'}
        </EmptyState>
      ) : (
        <div className="grid gap-3 lg:grid-cols-2">
          {integrations.data.items.map((integration) => (
            <IntegrationCard
              key={integration.id}
              integration={integration}
              providerName={
                providers.data?.items.find((p) => p.id === integration.provider)?.name ?? integration.provider
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
