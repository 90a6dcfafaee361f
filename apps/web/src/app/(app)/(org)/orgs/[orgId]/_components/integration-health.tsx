'use client';

import { PlugZap } from 'lucide-react';
import Link from 'next/link';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { IntegrationStatusBadge } from '@/components/status/integration-status-badge';
import { formatDateTime, formatRelative } from '@/lib/format/dates';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useIntegrations } from '@/lib/queries/integrations';

export function IntegrationHealth() {
  const { orgId, can } = useOrg();
  const integrations = useIntegrations(orgId);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Integrations</h2>
        </CardTitle>
        <CardDescription>Connection status and last collection.</CardDescription>
      </CardHeader>
      <CardContent>
        {integrations.isPending ? (
          <LoadingBlock rows={3} label="Loading integrations" />
        ) : integrations.isError ? (
          <ErrorState error={integrations.error} onRetry={() => void integrations.refetch()} />
        ) : integrations.data.items.length === 0 ? (
          <EmptyState icon={PlugZap} title="Nothing connected">
            {can.write ? (
              <Link className="underline" href={orgPath(orgId, 'integrations')}>
                Connect AWS, GitHub, Okta, Jira or Slack to start collecting evidence.
              </Link>
            ) : (
              'A compliance manager connects providers from the integrations page.'
            )}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 text-sm">
            {integrations.data.items.map((integration) => (
              <li key={integration.id} className="grid gap-0.5" data-testid="integration-health-row">
                <span className="flex items-center justify-between gap-2">
                  <span className="truncate font-medium">{integration.name}</span>
                  <IntegrationStatusBadge status={integration.status} />
                </span>
                <span className="text-xs text-muted-foreground">
                  {integration.lastCollectedAt ? (
                    <>
                      Collected{' '}
                      <time
                        dateTime={integration.lastCollectedAt}
                        title={formatDateTime(integration.lastCollectedAt)}
                      >
                        {formatRelative(integration.lastCollectedAt)}
                      </time>
                    </>
                  ) : (
                    'Not collected yet'
                  )}
                </span>
                {integration.lastError ? (
                  <span className="text-xs text-destructive">{integration.lastError}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
