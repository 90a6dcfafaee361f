'use client';

import type { EvidenceDetail } from '@kushim/contracts';
import { ArrowLeft, Check, Copy, Download, Lock } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';

import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { JsonTree } from '@/components/json/json-tree';
import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { PageHeader } from '@/components/page/page-header';
import { CheckStatusBadge } from '@/components/status/status-badges';
import { RequestError } from '@/lib/api/request-error';
import { formatDateTime } from '@/lib/format/dates';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useEvidence } from '@/lib/queries/evidence';
import { useIntegrations } from '@/lib/queries/integrations';

export function EvidenceDetailView({ evidenceId }: { evidenceId: string }) {
  const { orgId, can } = useOrg();
  const evidence = useEvidence(orgId, evidenceId, can.readEvidence);
  return (
    <>
      <Link
        href={orgPath(orgId, 'evidence')}
        className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> Evidence
      </Link>
      {!can.readEvidence ? (
        <EmptyState icon={Lock} title="Evidence is not part of the viewer role">
          Viewers see controls and results; evidence contents are for auditors and compliance managers.
        </EmptyState>
      ) : evidence.isPending ? (
        <LoadingBlock rows={8} label="Loading the evidence record" />
      ) : evidence.isError ? (
        <ErrorState
          error={evidence.error}
          title={
            evidence.error instanceof RequestError && evidence.error.status === 404
              ? 'No such evidence record here (or it lies outside your audit window)'
              : undefined
          }
          onRetry={() => void evidence.refetch()}
        />
      ) : (
        <EvidenceRecord record={evidence.data} orgId={orgId} />
      )}
    </>
  );
}

function EvidenceRecord({ record, orgId }: { record: EvidenceDetail; orgId: string }) {
  const integrations = useIntegrations(orgId);
  const integration = integrations.data?.items.find((item) => item.id === record.integrationId);
  return (
    <>
      <PageHeader
        title={<span className="font-mono text-lg">{record.kind}</span>}
        description={`Collected ${formatDateTime(record.collectedAt)}`}
        actions={<DownloadJson record={record} />}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <section aria-labelledby="content-heading" className="grid min-w-0 content-start gap-3">
          <h2 id="content-heading" className="text-base font-semibold">
            Content
          </h2>
          <JsonTree value={record.content} label={`Content of ${record.kind}`} />
        </section>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle asChild>
                <h2>Integrity and origin</h2>
              </CardTitle>
              <CardDescription>
                The SHA-256 of the canonical JSON (RFC 8785) of the content, sealed in the audit log when
                collected.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              <div className="flex items-start gap-2">
                <code className="min-w-0 flex-1 text-xs break-all" data-testid="evidence-sha256">
                  {record.sha256}
                </code>
                <CopyButton value={record.sha256} />
              </div>
              <dl className="grid gap-2">
                <div>
                  <dt className="text-xs text-muted-foreground">Source</dt>
                  <dd>
                    {record.integrationId ? (
                      <Link
                        href={orgPath(orgId, 'integrations')}
                        className="underline-offset-2 hover:underline"
                      >
                        {integration?.name ?? 'A removed integration'}
                      </Link>
                    ) : (
                      'Manual upload'
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-muted-foreground">First collected by run</dt>
                  <dd className="font-mono text-xs">{record.runId ?? '—'}</dd>
                </div>
              </dl>
            </CardContent>
          </Card>
          <CitedBy record={record} />
        </div>
      </div>
    </>
  );
}

function CitedBy({ record }: { record: EvidenceDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Cited by</h2>
        </CardTitle>
        <CardDescription>Check results that rest on this record, newest first.</CardDescription>
      </CardHeader>
      <CardContent>
        {record.citedBy.length === 0 ? (
          <p className="text-sm text-muted-foreground">No check result cites this record.</p>
        ) : (
          <Table aria-label="Check results citing this evidence">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Check</TableHead>
                <TableHead scope="col">Result</TableHead>
                <TableHead scope="col">Evaluated</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {record.citedBy.map((citation) => (
                <TableRow key={citation.resultId} data-testid="citation-row">
                  <TableCell className="font-mono text-xs break-all">{citation.checkId}</TableCell>
                  <TableCell>
                    <CheckStatusBadge status={citation.status} />
                  </TableCell>
                  <TableCell className="text-xs">{formatDateTime(citation.evaluatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function CopyButton({ value }: { value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={copied ? 'SHA-256 copied' : 'Copy SHA-256'}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
    </Button>
  );
}

function DownloadJson({ record }: { record: EvidenceDetail }) {
  return (
    <Button
      variant="outline"
      size="sm"
      onClick={() => {
        const blob = new Blob([JSON.stringify(record.content, null, 2)], { type: 'application/json' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${record.kind}-${record.id}.json`;
        link.click();
        URL.revokeObjectURL(url);
      }}
    >
      <Download aria-hidden />
      Download JSON
    </Button>
  );
}
