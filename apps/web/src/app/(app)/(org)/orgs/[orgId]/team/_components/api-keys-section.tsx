'use client';

import { KeyRound } from 'lucide-react';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RoleBadge } from '@/components/role-badge';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useApiKeys } from '@/lib/queries/team';

import { CreateApiKeyDialog } from './create-api-key-dialog';
import { RevokeKeyDialog } from './revoke-api-key-dialog';

/** Keys for scripts and CI (`Authorization: Bearer ksm_…`), each bound to this organization and one role. */
export function ApiKeysSection() {
  const { orgId, can } = useOrg();
  const keys = useApiKeys(orgId, can.manageTeam);
  return (
    <section aria-labelledby="api-keys-heading" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="api-keys-heading" className="text-base font-semibold">
          API keys
        </h2>
        <CreateApiKeyDialog />
      </div>
      {keys.isPending ? (
        <LoadingBlock rows={2} label="Loading API keys" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState icon={KeyRound} title="No API key">
          Create one for a script or CI job; it acts with the role you choose, never more than yours.
        </EmptyState>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="API keys">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Role</TableHead>
                <TableHead scope="col">Key starts with</TableHead>
                <TableHead scope="col">Created</TableHead>
                <TableHead scope="col">Last used</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.data.items.map((key) => (
                <TableRow key={key.id} data-testid="api-key-row">
                  <TableCell className="font-medium">{key.name}</TableCell>
                  <TableCell>
                    <RoleBadge role={key.role} />
                  </TableCell>
                  <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
                  <TableCell className="text-xs">{formatDateTime(key.createdAt)}</TableCell>
                  <TableCell className="text-xs">
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}
                  </TableCell>
                  <TableCell className="text-right">
                    {key.revokedAt ? (
                      <span className="text-xs text-muted-foreground">Revoked</span>
                    ) : (
                      <RevokeKeyDialog apiKey={key} />
                    )}
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
