'use client';

import type { ControlSummary } from '@kushim/contracts';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo } from 'react';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { ControlStatusBadge } from '@/components/status/status-badges';
import { formatDateTime } from '@/lib/format/dates';
import { orgPath } from '@/lib/org/org-context';

const ROLE_LABEL: Record<ControlSummary['defaultOwnerRole'], string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  COMPLIANCE_MANAGER: 'Compliance manager',
};

const features = tableFeatures({});
const column = createColumnHelper<typeof features, ControlSummary>();

export function ControlsTable({
  orgId,
  rows,
  ownerNames,
}: {
  orgId: string;
  rows: ControlSummary[];
  ownerNames: Map<string, string> | undefined;
}) {
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('id', {
          header: 'Control',
          cell: (info) => (
            <Link
              href={orgPath(orgId, 'controls', info.getValue())}
              className="rounded-sm font-mono text-xs font-medium whitespace-nowrap underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              {info.getValue()}
            </Link>
          ),
        }),
        column.accessor('title', {
          header: 'Title',
          cell: (info) => (
            <span className="grid">
              <span>{info.getValue()}</span>
              <span className="text-xs text-muted-foreground">{info.row.original.category}</span>
            </span>
          ),
        }),
        column.accessor('status', {
          header: 'Status',
          cell: (info) => <ControlStatusBadge status={info.getValue()} />,
        }),
        column.accessor('ownerUserId', {
          header: 'Owner',
          cell: (info) => {
            const ownerId = info.getValue();
            return ownerId ? (
              (ownerNames?.get(ownerId) ?? 'A former member')
            ) : (
              <span className="text-muted-foreground">
                {ROLE_LABEL[info.row.original.defaultOwnerRole]} (default)
              </span>
            );
          },
        }),
        column.accessor('criteria', {
          header: 'Criteria',
          cell: (info) => <span className="font-mono text-xs">{info.getValue().join(', ')}</span>,
        }),
        column.accessor('checks', {
          header: 'Failing checks',
          cell: (info) => {
            const { failing, passing } = info.getValue();
            return failing + passing === 0 ? (
              <span className="text-muted-foreground">No automated check</span>
            ) : (
              <span className="tabular-nums">
                {failing} of {failing + passing}
              </span>
            );
          },
        }),
        column.accessor('evaluatedAt', {
          header: 'Evaluated',
          cell: (info) => (
            <span className="text-xs text-muted-foreground">{formatDateTime(info.getValue())}</span>
          ),
        }),
      ]),
    [orgId, ownerNames],
  );
  const table = useTable({ features, columns, data: rows });
  return (
    <div className="rounded-lg border">
      <Table aria-label="Controls">
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <TableHead key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow
              key={row.id}
              data-testid="control-row"
              data-control-id={row.original.id}
              data-status={row.original.status}
            >
              {row.getAllCells().map((cell) => (
                <TableCell key={cell.id}>
                  <table.FlexRender cell={cell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="border-t px-3 py-2 text-xs text-muted-foreground" aria-live="polite">
        {rows.length} control{rows.length === 1 ? '' : 's'} shown
      </p>
    </div>
  );
}
