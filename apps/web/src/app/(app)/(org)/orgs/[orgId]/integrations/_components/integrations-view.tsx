'use client';

import { useState } from 'react';

import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { ConnectedIntegrations } from './connected-integrations';
import { ProviderCatalog } from './provider-catalog';
import { RecentRuns } from './recent-runs';
import { RunNowButton } from './run-now-button';
import { RunProgress } from './run-progress';

export function IntegrationsView() {
  const { can } = useOrg();
  const [runId, setRunId] = useState<string | undefined>();
  return (
    <>
      <PageHeader
        title="Integrations"
        description="The providers Kushim collects evidence from, with read-only credentials. Collection runs on a schedule; run it now after a fix to see the result at once."
        actions={can.write ? <RunNowButton onStarted={setRunId} /> : null}
      />
      <div className="grid gap-8">
        {runId ? <RunProgress runId={runId} onDismiss={() => setRunId(undefined)} /> : null}
        <ConnectedIntegrations />
        {can.write ? <ProviderCatalog /> : null}
        <RecentRuns />
      </div>
    </>
  );
}
