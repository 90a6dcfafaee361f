'use client';

import { ShieldCheck, ShieldX } from 'lucide-react';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { useOrg } from '@/lib/org/org-context';
import { useAuditVerification } from '@/lib/queries/audit';

/** The chain's verification, in words: verified up to seq N, or broken at seq N and why. */
export function ChainStatus() {
  const { orgId } = useOrg();
  const verification = useAuditVerification(orgId);
  if (verification.isPending) {
    return <LoadingBlock rows={1} label="Verifying the chain" />;
  }
  if (verification.isError) {
    return <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />;
  }
  const result = verification.data;
  return result.valid ? (
    <Alert role="status" data-testid="chain-status" data-valid="true">
      <ShieldCheck aria-hidden className="text-success" />
      <AlertTitle>Chain verified</AlertTitle>
      <AlertDescription>
        <p>
          All {result.lastSeq} events link to their predecessors, and {result.checkpointsVerified} signed
          checkpoint
          {result.checkpointsVerified === 1 ? '' : 's'} match. Last hash{' '}
          <code className="text-xs" title={result.lastHash}>
            {result.lastHash.slice(0, 16)}…
          </code>
        </p>
        <p className="text-xs text-muted-foreground">
          Auditors can check the same thing offline with <code>kushim-verify</code> on an export.
        </p>
      </AlertDescription>
    </Alert>
  ) : (
    <Alert variant="destructive" data-testid="chain-status" data-valid="false">
      <ShieldX aria-hidden />
      <AlertTitle>Chain broken at event {result.brokenAtSeq}</AlertTitle>
      <AlertDescription>
        <p>
          Reason: <code>{result.reason}</code>. Events from this one on cannot be trusted; tell your
          administrator and keep the database as it is for investigation.
        </p>
      </AlertDescription>
    </Alert>
  );
}
