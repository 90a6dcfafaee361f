'use client';

import type { AuditExportView } from '@kushim/contracts';
import { Archive, CircleCheck, CircleX, Clock, Download, LoaderCircle } from 'lucide-react';

import { Badge } from '@kushim/ui/components/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';
import { cn } from '@kushim/ui/lib/utils';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { formatBytes } from '@/lib/exports/default-period';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useExports } from '@/lib/queries/exports';

const STATUS: Record<AuditExportView['status'], { label: string; icon: typeof Clock; className: string }> = {
  QUEUED: { label: 'Queued', icon: Clock, className: 'text-muted-foreground' },
  BUILDING: { label: 'Building', icon: LoaderCircle, className: '[&>svg]:animate-spin' },
  READY: { label: 'Ready', icon: CircleCheck, className: 'border-success/40 text-success' },
  FAILED: { label: 'Failed', icon: CircleX, className: 'border-destructive/40 text-destructive' },
};

export function ExportsList() {
  const { orgId, can } = useOrg();
  const exports = useExports(orgId, can.exports);
  return (
    <section aria-labelledby="exports-heading" className="grid gap-3">
      <h2 id="exports-heading" className="text-base font-semibold">
        Packages
      </h2>
      {exports.isPending ? (
        <LoadingBlock rows={3} label="Loading exports" />
      ) : exports.isError ? (
        <ErrorState error={exports.error} onRetry={() => void exports.refetch()} />
      ) : exports.data.items.length === 0 ? (
        <EmptyState icon={Archive} title="No export yet">
          Request one above; it takes a few seconds to build.
        </EmptyState>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="Export packages, newest first">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Period</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Contents</TableHead>
                <TableHead scope="col">SHA-256 of the ZIP</TableHead>
                <TableHead scope="col">Requested</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">Download</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {exports.data.items.map((item) => {
                const status = STATUS[item.status];
                const period = `${formatDate(item.period.from)} – ${formatDate(item.period.to)}`;
                return (
                  <TableRow key={item.id} data-testid="export-row" data-status={item.status}>
                    <TableCell className="text-xs whitespace-nowrap">{period}</TableCell>
                    <TableCell>
                      <Badge variant="outline" className={cn('gap-1', status.className)}>
                        <status.icon aria-hidden />
                        {status.label}
                      </Badge>
                      {item.error ? (
                        <span className="block text-xs text-destructive">{item.error}</span>
                      ) : null}
                    </TableCell>
                    <TableCell className="text-xs">
                      {item.fileCount !== null
                        ? `${item.fileCount} files, ${formatBytes(item.sizeBytes)}`
                        : '—'}
                      {item.ledger ? (
                        <span className="block text-muted-foreground">
                          events {item.ledger.firstSeq}–{item.ledger.lastSeq}
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell className="font-mono text-xs" title={item.sha256 ?? undefined}>
                      {item.sha256 ? `${item.sha256.slice(0, 16)}…` : '—'}
                    </TableCell>
                    <TableCell className="text-xs">{formatDateTime(item.createdAt)}</TableCell>
                    <TableCell>
                      {item.status === 'READY' && item.downloadPath ? (
                        <a
                          href={item.downloadPath}
                          download
                          className="inline-flex items-center gap-1 text-sm underline-offset-2 hover:underline"
                          aria-label={`Download export ${period}`}
                        >
                          <Download className="size-4" aria-hidden />
                          Download
                        </a>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
