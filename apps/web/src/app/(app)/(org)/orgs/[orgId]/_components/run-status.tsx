'use client';

import { CalendarClock, History } from 'lucide-react';
import Link from 'next/link';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RunStatusBadge } from '@/components/status/run-status-badge';
import { formatDateTime, formatRelative } from '@/lib/format/dates';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useRuns } from '@/lib/queries/runs';

export function RunStatus() {
  const { orgId, can, auditWindow } = useOrg();
  const runs = useRuns(orgId, 1);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Collection</h2>
        </CardTitle>
        <CardDescription>The last run and when the next one starts.</CardDescription>
      </CardHeader>
      <CardContent>
        {runs.isPending ? (
          <LoadingBlock rows={2} label="Loading runs" />
        ) : runs.isError ? (
          <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
        ) : (
          <dl className="grid gap-3 text-sm">
            <div className="grid gap-1">
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                <History className="size-4" aria-hidden /> Last run
              </dt>
              <dd data-testid="last-run">
                {runs.data.items[0] ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <RunStatusBadge status={runs.data.items[0].status} />
                    <time
                      dateTime={runs.data.items[0].createdAt}
                      title={formatDateTime(runs.data.items[0].createdAt)}
                    >
                      {formatRelative(runs.data.items[0].createdAt)}
                    </time>
                    <span className="text-muted-foreground">
                      {runs.data.items[0].results.FAIL} failing of{' '}
                      {Object.values(runs.data.items[0].results).reduce((sum, n) => sum + n, 0)} check results
                    </span>
                  </span>
                ) : (
                  <EmptyState icon={History} title="No run yet">
                    {can.write ? (
                      <Link className="underline" href={orgPath(orgId, 'integrations')}>
                        Connect an integration and run a collection.
                      </Link>
                    ) : (
                      'A compliance manager starts collection from the integrations page.'
                    )}
                  </EmptyState>
                )}
              </dd>
            </div>
            <div className="grid gap-1">
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                <CalendarClock className="size-4" aria-hidden /> Next scheduled run
              </dt>
              <dd data-testid="next-run">
                {runs.data.schedule ? (
                  <>
                    <time
                      dateTime={runs.data.schedule.nextRunAt}
                      title={formatDateTime(runs.data.schedule.nextRunAt)}
                    >
                      {formatRelative(runs.data.schedule.nextRunAt)}
                    </time>{' '}
                    <span className="text-muted-foreground">(every {runs.data.schedule.everyHours} h)</span>
                  </>
                ) : auditWindow ? (
                  <span className="text-muted-foreground">Not part of the audit window.</span>
                ) : (
                  <span className="text-muted-foreground">Nothing scheduled: no integration is enabled.</span>
                )}
              </dd>
            </div>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
