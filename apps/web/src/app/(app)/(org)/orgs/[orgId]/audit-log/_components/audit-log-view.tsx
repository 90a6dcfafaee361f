'use client';

import { ScrollText } from 'lucide-react';

import { Button } from '@kushim/ui/components/button';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { useAuditEvents } from '@/lib/queries/audit';
import { dayToIso } from '@/lib/url/search-filters';
import { useSearchFilters } from '@/lib/url/use-search-filters';
import { AuditEventsTable } from './audit-events-table';
import { AuditFilterBar, AUDIT_FILTER_KEYS } from './audit-filter-bar';
import { ChainStatus } from './chain-status';

export function AuditLogView() {
  const { orgId } = useOrg();
  const [filters, setFilters] = useSearchFilters(AUDIT_FILTER_KEYS);
  const events = useAuditEvents(orgId, {
    action: filters.action,
    actor: filters.actor,
    from: dayToIso(filters.from, 'start'),
    to: dayToIso(filters.to, 'end'),
  });
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to this organization, in one hash chain signed by hourly checkpoints. Nothing here can be edited or removed without the verification below failing."
      />
      <div className="grid gap-6">
        <ChainStatus />
        <section aria-labelledby="events-heading" className="grid gap-3">
          <h2 id="events-heading" className="text-base font-semibold">
            Events
          </h2>
          <AuditFilterBar filters={filters} onChange={setFilters} />
          {events.isPending ? (
            <LoadingBlock rows={8} label="Loading events" />
          ) : events.isError ? (
            <ErrorState error={events.error} onRetry={() => void events.refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState
              icon={ScrollText}
              title={filtered ? 'No event matches these filters' : 'No event yet'}
              action={
                filtered ? (
                  <Button variant="outline" size="sm" onClick={() => setFilters({})}>
                    Clear filters
                  </Button>
                ) : undefined
              }
            >
              Sign-ins, invitations, connections, runs, exceptions and exports are all recorded here.
            </EmptyState>
          ) : (
            <>
              <AuditEventsTable events={rows} />
              {events.hasNextPage ? (
                <div className="flex justify-center">
                  <Button
                    variant="outline"
                    onClick={() => void events.fetchNextPage()}
                    disabled={events.isFetchingNextPage}
                  >
                    {events.isFetchingNextPage ? 'Loading…' : 'Older events'}
                  </Button>
                </div>
              ) : null}
            </>
          )}
        </section>
      </div>
    </>
  );
}
