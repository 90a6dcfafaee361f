'use client';

import type { ControlDetail, ExceptionView } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

import { Badge } from '@kushim/ui/components/badge';
import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { apiRequest } from '@/lib/api/api-client';
import { formatDate } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useExceptions } from '@/lib/queries/controls';
import { useMemberNames } from '@/lib/queries/members';

/** Exceptions on this control's checks: who accepted what, why, until when; managers can revoke active ones. */
export function ControlExceptions({ control }: { control: ControlDetail }) {
  const { orgId, can } = useOrg();
  const exceptions = useExceptions(orgId);
  const names = useMemberNames(orgId);
  const checkIds = new Set(control.checkResults.map((check) => check.checkId));
  const mine = exceptions.data?.items.filter((exception) => checkIds.has(exception.checkId)) ?? [];
  if (control.checkResults.length === 0) {
    return null;
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Exceptions</h2>
        </CardTitle>
        <CardDescription>
          Failing findings accepted as risks.{' '}
          {can.write ? 'Accept one from its row in the findings above.' : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {exceptions.isPending ? (
          <LoadingBlock rows={2} label="Loading exceptions" />
        ) : exceptions.isError ? (
          <ErrorState error={exceptions.error} onRetry={() => void exceptions.refetch()} />
        ) : mine.length === 0 ? (
          <p className="text-sm text-muted-foreground">No exception on this control&apos;s checks.</p>
        ) : (
          <Table aria-label="Exceptions on this control">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Resource</TableHead>
                <TableHead scope="col">Justification</TableHead>
                <TableHead scope="col">Approved by</TableHead>
                <TableHead scope="col">Expires</TableHead>
                <TableHead scope="col">State</TableHead>
                {can.write ? (
                  <TableHead scope="col">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {mine.map((exception) => (
                <TableRow key={exception.id} data-testid="exception-row">
                  <TableCell className="max-w-48 truncate text-xs" title={exception.resourceId}>
                    {exception.resourceId}
                    <span className="block font-mono text-muted-foreground">{exception.checkId}</span>
                  </TableCell>
                  <TableCell className="min-w-48 text-xs">{exception.justification}</TableCell>
                  <TableCell className="text-xs">
                    {exception.approvedById
                      ? (names.data?.get(exception.approvedById) ?? 'A former member')
                      : '—'}
                  </TableCell>
                  <TableCell className="text-xs">{formatDate(exception.expiresAt)}</TableCell>
                  <TableCell>
                    <ExceptionState exception={exception} />
                  </TableCell>
                  {can.write ? (
                    <TableCell>{exception.active ? <RevokeButton exception={exception} /> : null}</TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function ExceptionState({ exception }: { exception: ExceptionView }) {
  if (exception.active) {
    return <Badge variant="secondary">Active</Badge>;
  }
  return <Badge variant="outline">{exception.revokedAt ? 'Revoked' : 'Expired'}</Badge>;
}

function RevokeButton({ exception }: { exception: ExceptionView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => apiRequest(`/orgs/${orgId}/exceptions/${exception.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      toast.success('Exception revoked: the finding fails its check again.');
      await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={() => revoke.mutate()}
      disabled={revoke.isPending}
      aria-label={`Revoke the exception for ${exception.resourceId}`}
    >
      Revoke
    </Button>
  );
}
