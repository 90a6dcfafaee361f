'use client';

import type { ControlDetail } from '@kushim/contracts';
import Link from 'next/link';

import { Badge } from '@kushim/ui/components/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { CheckStatusBadge } from '@/components/status/status-badges';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useExceptions } from '@/lib/queries/controls';
import { ExceptionDialog } from './exception-dialog';

type Finding = ControlDetail['checkResults'][number]['findings'][number];

/** One row per resource: what was found, the evidence it rests on, and (for managers) accepting the risk. */
export function FindingsTable({
  checkId,
  checkTitle,
  findings,
}: {
  checkId: string;
  checkTitle: string;
  findings: Finding[];
}) {
  const { orgId, can } = useOrg();
  const exceptions = useExceptions(orgId);
  // The stored result marks findings excepted when it was evaluated; an exception recorded since applies at once.
  const accepted = (finding: Finding) =>
    finding.excepted ||
    (exceptions.data?.items.some(
      (exception) =>
        exception.active && exception.checkId === checkId && exception.resourceId === finding.resource.id,
    ) ??
      false);
  const sorted = [...findings].sort(
    (a, b) => Number(b.status === 'FAIL' && !accepted(b)) - Number(a.status === 'FAIL' && !accepted(a)),
  );
  return (
    <Table aria-label={`Findings of ${checkTitle}`}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Resource</TableHead>
          <TableHead scope="col">Result</TableHead>
          <TableHead scope="col">Why</TableHead>
          <TableHead scope="col">Evidence</TableHead>
          {can.write ? (
            <TableHead scope="col">
              <span className="sr-only">Actions</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((finding) => (
          <TableRow
            key={`${finding.resource.type}:${finding.resource.id}`}
            data-testid="finding-row"
            data-resource-id={finding.resource.id}
            data-status={finding.status}
          >
            <TableCell className="max-w-64">
              <span className="grid">
                <span className="truncate font-medium" title={finding.resource.id}>
                  {finding.resource.name ?? finding.resource.id}
                </span>
                <span className="text-xs text-muted-foreground">{finding.resource.type}</span>
              </span>
            </TableCell>
            <TableCell>
              <span className="flex flex-wrap gap-1">
                <CheckStatusBadge status={finding.status} />
                {finding.status === 'FAIL' && accepted(finding) ? (
                  <Badge variant="secondary">Accepted (exception)</Badge>
                ) : null}
              </span>
            </TableCell>
            <TableCell className="min-w-48 text-xs">{finding.reason}</TableCell>
            <TableCell className="text-xs">
              {can.readEvidence
                ? finding.evidence.map((evidenceId, index) => (
                    <Link
                      key={evidenceId}
                      href={orgPath(orgId, 'evidence', evidenceId)}
                      className="mr-2 underline-offset-2 hover:underline"
                      aria-label={`Evidence ${index + 1} for ${finding.resource.name ?? finding.resource.id}`}
                    >
                      #{index + 1}
                    </Link>
                  ))
                : `${finding.evidence.length} record${finding.evidence.length === 1 ? '' : 's'}`}
            </TableCell>
            {can.write ? (
              <TableCell className="text-right">
                {finding.status === 'FAIL' && !accepted(finding) ? (
                  <ExceptionDialog checkId={checkId} resource={finding.resource} />
                ) : null}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
