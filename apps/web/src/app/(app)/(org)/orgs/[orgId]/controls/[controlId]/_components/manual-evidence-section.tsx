'use client';

import type { ControlDetail, ManualEvidenceView } from '@kushim/contracts';
import { Download, FileUp } from 'lucide-react';

import { Badge } from '@kushim/ui/components/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { formatDate } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useManualEvidence } from '@/lib/queries/controls';
import { UploadEvidenceDialog } from './upload-evidence-dialog';

const STATE_LABEL: Record<ManualEvidenceView['state'], string> = {
  VALID: 'Valid',
  NOT_YET_VALID: 'Not yet valid',
  EXPIRED: 'Expired',
};

/**
 * Uploaded evidence (policies, training records, review sign-offs) with the date of the activity and the period
 * it counts for. Viewers see that evidence exists, not the files.
 */
export function ManualEvidenceSection({ control }: { control: ControlDetail }) {
  const { orgId, can } = useOrg();
  const uploads = useManualEvidence(orgId, control.id, can.readEvidence);
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="grid gap-1.5">
            <CardTitle asChild>
              <h2>Manual evidence</h2>
            </CardTitle>
            <CardDescription>
              Documents that show the control operated, each valid for a period.
            </CardDescription>
          </div>
          {can.write ? <UploadEvidenceDialog controlId={control.id} /> : null}
        </div>
      </CardHeader>
      <CardContent>
        {!can.readEvidence ? (
          <p className="text-sm text-muted-foreground" data-testid="evidence-hidden-for-viewer">
            Your role (viewer) does not include evidence files. Ask an administrator for auditor or compliance
            manager access.
          </p>
        ) : uploads.isPending ? (
          <LoadingBlock rows={2} label="Loading uploads" />
        ) : uploads.isError ? (
          <ErrorState error={uploads.error} onRetry={() => void uploads.refetch()} />
        ) : uploads.data.items.length === 0 ? (
          <EmptyState icon={FileUp} title="Nothing uploaded">
            {can.write
              ? 'Upload a document (PDF, image, CSV, text or Word) with the date the activity took place.'
              : 'No document has been uploaded for this control.'}
          </EmptyState>
        ) : (
          <Table aria-label="Uploaded evidence">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Title</TableHead>
                <TableHead scope="col">Activity</TableHead>
                <TableHead scope="col">Valid</TableHead>
                <TableHead scope="col">State</TableHead>
                <TableHead scope="col">File</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {uploads.data.items.map((upload) => (
                <TableRow key={upload.id} data-testid="manual-evidence-row">
                  <TableCell>
                    <span className="font-medium">{upload.title}</span>
                    {upload.description ? (
                      <span className="block text-xs text-muted-foreground">{upload.description}</span>
                    ) : null}
                  </TableCell>
                  <TableCell className="text-xs">{formatDate(upload.activityDate)}</TableCell>
                  <TableCell className="text-xs">
                    {formatDate(upload.validFrom)} – {formatDate(upload.validUntil)}
                  </TableCell>
                  <TableCell>
                    <Badge variant={upload.state === 'VALID' ? 'secondary' : 'outline'}>
                      {STATE_LABEL[upload.state]}
                    </Badge>
                  </TableCell>
                  <TableCell className="text-xs">
                    <a
                      href={upload.downloadPath}
                      download={upload.fileName}
                      className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
                      title={`SHA-256 ${upload.fileSha256}`}
                    >
                      <Download className="size-3" aria-hidden />
                      {upload.fileName}
                    </a>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
