'use client';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { useProviders } from '@/lib/queries/integrations';
import { ConnectDialog } from './connect-dialog';

/** Every provider Kushim can connect, each with a form generated from its credential and settings schemas. */
export function ProviderCatalog() {
  const providers = useProviders();
  return (
    <section aria-labelledby="connect-heading" className="grid gap-3">
      <h2 id="connect-heading" className="text-base font-semibold">
        Connect a provider
      </h2>
      {providers.isPending ? (
        <LoadingBlock rows={2} label="Loading providers" />
      ) : providers.isError ? (
        <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {providers.data.items.map((provider) => (
            <Card key={provider.id} data-testid="provider-card" data-provider={provider.id}>
              <CardHeader>
                <CardTitle asChild>
                  <h3>{provider.name}</h3>
                </CardTitle>
                <CardDescription>{provider.description}</CardDescription>
              </CardHeader>
              <CardFooter className="mt-auto flex items-center justify-between gap-2">
                <span className="text-xs text-muted-foreground">{provider.checks} automated checks</span>
                <ConnectDialog provider={provider} />
              </CardFooter>
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
