'use client';

import { FileSearch, Lock } from 'lucide-react';
import Link from 'next/link';

import { Button } from '@kushim/ui/components/button';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { PageHeader } from '@/components/page/page-header';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useEvidenceList } from '@/lib/queries/evidence';
import { useIntegrations } from '@/lib/queries/integrations';
import { dayToIso } from '@/lib/url/search-filters';
import { useSearchFilters } from '@/lib/url/use-search-filters';
import { EvidenceFilterBar, EVIDENCE_FILTER_KEYS } from './evidence-filter-bar';
import { EvidenceTable } from './evidence-table';

export function EvidenceView() {
  const { orgId, can } = useOrg();
  const [filters, setFilters] = useSearchFilters(EVIDENCE_FILTER_KEYS);
  const evidence = useEvidenceList(
    orgId,
    {
      kind: filters.kind,
      integrationId: filters.integration,
      from: dayToIso(filters.from, 'start'),
      to: dayToIso(filters.to, 'end'),
    },
    can.readEvidence,
  );
  const integrations = useIntegrations(orgId);
  const names = new Map(integrations.data?.items.map((item) => [item.id, item.name] as const));
  const rows = evidence.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title="Evidence"
        description="Every snapshot Kushim collected, stored once per distinct content and sealed with its SHA-256 in the audit log."
      />
      {!can.readEvidence ? (
        <EmptyState icon={Lock} title="Evidence is not part of the viewer role">
          Viewers see controls and results; evidence contents are for auditors and compliance managers.
        </EmptyState>
      ) : (
        <div className="grid gap-3">
          <EvidenceFilterBar
            filters={filters}
            onChange={setFilters}
            integrations={integrations.data?.items ?? []}
          />
          {evidence.isPending ? (
            <LoadingBlock rows={8} label="Loading evidence" />
          ) : evidence.isError ? (
            <ErrorState error={evidence.error} onRetry={() => void evidence.refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState
              icon={FileSearch}
              title={filtered ? 'No evidence matches these filters' : 'No evidence yet'}
              action={
                filtered ? (
                  <Button variant="outline" size="sm" onClick={() => setFilters({})}>
                    Clear filters
                  </Button>
                ) : can.write ? (
                  <Button asChild size="sm">
                    <Link href={orgPath(orgId, 'integrations')}>Connect an integration</Link>
                  </Button>
                ) : undefined
              }
            >
              {filtered
                ? 'Widen the period or pick another kind or integration.'
                : 'Evidence appears after the first collection run of a connected integration.'}
            </EmptyState>
          ) : (
            <>
              <EvidenceTable orgId={orgId} rows={rows} integrationNames={names} />
              {evidence.hasNextPage ? (
                <div className="flex justify-center">
                  <Button
                    variant="outline"
                    onClick={() => void evidence.fetchNextPage()}
                    disabled={evidence.isFetchingNextPage}
                  >
                    {evidence.isFetchingNextPage ? 'Loading…' : 'Older evidence'}
                  </Button>
                </div>
              ) : null}
            </>
          )}
        </div>
      )}
    </>
  );
}
