'use client';

import { History } from 'lucide-react';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RunStatusBadge } from '@/components/status/run-status-badge';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useRuns } from '@/lib/queries/runs';

export function RecentRuns() {
  const { orgId } = useOrg();
  const runs = useRuns(orgId, 10);
  return (
    <section aria-labelledby="runs-heading" className="grid gap-3">
      <h2 id="runs-heading" className="text-base font-semibold">
        Recent runs
      </h2>
      {runs.isPending ? (
        <LoadingBlock rows={3} label="Loading runs" />
      ) : runs.isError ? (
        <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <EmptyState icon={History} title="No run yet">
          Runs start on the schedule once an integration is connected, or with “Run now”.
        </EmptyState>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="Recent runs">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Started</TableHead>
                <TableHead scope="col">Trigger</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Integrations</TableHead>
                <TableHead scope="col">Results</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.data.items.map((run) => (
                <TableRow key={run.id} data-testid="run-row">
                  <TableCell className="text-xs">{formatDateTime(run.createdAt)}</TableCell>
                  <TableCell className="text-xs capitalize">{run.trigger.toLowerCase()}</TableCell>
                  <TableCell>
                    <RunStatusBadge status={run.status} />
                  </TableCell>
                  <TableCell className="text-xs">
                    {run.steps.filter((step) => step.state === 'COMPLETED').length} of {run.steps.length}{' '}
                    collected
                    {run.steps.some((step) => step.error) ? (
                      <span className="block text-destructive">
                        {run.steps.filter((step) => step.error).length} failed
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell className="text-xs tabular-nums">
                    {run.results.PASS} pass · {run.results.FAIL} fail · {run.results.INCONCLUSIVE}{' '}
                    inconclusive
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
