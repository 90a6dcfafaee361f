'use client';

import { ListChecks } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

import { Button } from '@kushim/ui/components/button';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { PageHeader } from '@/components/page/page-header';
import { readControlFilters, writeControlFilters, type ControlFilters } from '@/lib/controls/control-filters';
import { useOrg } from '@/lib/org/org-context';
import { useControls } from '@/lib/queries/controls';
import { useMemberNames } from '@/lib/queries/members';
import { ControlsFilterBar } from './controls-filter-bar';
import { ControlsTable } from './controls-table';

export function ControlsView() {
  const { orgId } = useOrg();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = readControlFilters(new URLSearchParams(searchParams.toString()));
  const controls = useControls(orgId, filters);
  const names = useMemberNames(orgId);
  const setFilters = useCallback(
    (next: ControlFilters) => {
      const query = writeControlFilters(next);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router],
  );
  const rows = controls.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.criterion || filters.q);
  return (
    <>
      <PageHeader
        title="Controls"
        description="Every SOC 2 control Kushim tracks, with its status from the latest evaluation. Filters stay in the address, so a view can be shared."
      />
      <ControlsFilterBar filters={filters} onChange={setFilters} />
      {controls.isPending ? (
        <LoadingBlock rows={10} label="Loading controls" />
      ) : controls.isError ? (
        <ErrorState error={controls.error} onRetry={() => void controls.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={ListChecks}
          title={filtered ? 'No control matches these filters' : 'No controls yet'}
          action={
            filtered ? (
              <Button variant="outline" size="sm" onClick={() => setFilters({})}>
                Clear filters
              </Button>
            ) : undefined
          }
        >
          {filtered
            ? 'Change the status, criterion or search text.'
            : 'The SOC 2 catalog is loaded when Kushim is installed; ask your administrator to run the migrations and seed.'}
        </EmptyState>
      ) : (
        <>
          <ControlsTable orgId={orgId} rows={rows} ownerNames={names.data} />
          {controls.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button
                variant="outline"
                onClick={() => void controls.fetchNextPage()}
                disabled={controls.isFetchingNextPage}
              >
                {controls.isFetchingNextPage ? 'Loading…' : 'Load more controls'}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
