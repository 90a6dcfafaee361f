'use client';

import type { EvidenceSummary } from '@kushim/contracts';
import Link from 'next/link';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { formatDateTime } from '@/lib/format/dates';
import { orgPath } from '@/lib/org/org-context';

export function EvidenceTable({
  orgId,
  rows,
  integrationNames,
}: {
  orgId: string;
  rows: EvidenceSummary[];
  integrationNames: Map<string, string>;
}) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Evidence, newest first">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Kind</TableHead>
            <TableHead scope="col">Source</TableHead>
            <TableHead scope="col">Collected</TableHead>
            <TableHead scope="col">SHA-256</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="evidence-row" data-kind={row.kind}>
              <TableCell>
                <Link
                  href={orgPath(orgId, 'evidence', row.id)}
                  className="rounded-sm font-mono text-xs font-medium underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                >
                  {row.kind}
                </Link>
              </TableCell>
              <TableCell className="text-xs">
                {row.integrationId
                  ? (integrationNames.get(row.integrationId) ?? 'A removed integration')
                  : 'Manual upload'}
              </TableCell>
              <TableCell className="text-xs whitespace-nowrap">{formatDateTime(row.collectedAt)}</TableCell>
              <TableCell className="font-mono text-xs" title={row.sha256}>
                {row.sha256.slice(0, 16)}…
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
