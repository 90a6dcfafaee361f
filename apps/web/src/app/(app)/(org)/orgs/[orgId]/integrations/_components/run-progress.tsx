'use client';

import type { RunView } from '@kushim/contracts';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef } from 'react';

import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { Progress } from '@kushim/ui/components/progress';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { RunStatusBadge } from '@/components/status/run-status-badge';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { runProgressPercent } from '@/lib/integrations/run-progress';
import { isRunActive, useRun } from '@/lib/queries/runs';

/** Live progress of one run: each integration's collection, then evaluation; polls every second until done. */
export function RunProgress({ runId, onDismiss }: { runId: string; onDismiss: () => void }) {
  const { orgId } = useOrg();
  const run = useRun(orgId, runId);
  const queryClient = useQueryClient();
  const finished = run.data !== undefined && !isRunActive(run.data);
  const refreshed = useRef(false);
  useEffect(() => {
    // A finished run changed statuses, score, evidence and integrations: refresh everything of the organization.
    if (finished && !refreshed.current) {
      refreshed.current = true;
      void queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    }
  }, [finished, orgId, queryClient]);
  return (
    <Card data-testid="run-progress" data-status={run.data?.status}>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="grid gap-1.5">
            <CardTitle asChild>
              <h2>Collection run</h2>
            </CardTitle>
            <CardDescription>
              <span className="font-mono text-xs">{runId}</span>
            </CardDescription>
          </div>
          {finished ? (
            <Button variant="ghost" size="sm" onClick={onDismiss}>
              Dismiss
            </Button>
          ) : null}
        </div>
      </CardHeader>
      <CardContent>
        {run.isPending ? (
          <LoadingBlock rows={3} label="Loading run progress" />
        ) : run.isError ? (
          <ErrorState error={run.error} onRetry={() => void run.refetch()} />
        ) : (
          <RunDetail run={run.data} orgId={orgId} />
        )}
      </CardContent>
    </Card>
  );
}

function RunDetail({ run, orgId }: { run: RunView; orgId: string }) {
  const percent = runProgressPercent(run);
  const total = Object.values(run.results).reduce((sum, n) => sum + n, 0);
  return (
    <div className="grid gap-4">
      <div className="flex items-center gap-3">
        <RunStatusBadge status={run.status} />
        <Progress value={percent} label="Run progress" className="flex-1" />
        <span className="w-12 text-right text-sm tabular-nums">{percent}%</span>
      </div>
      <ul className="grid gap-2 text-sm" aria-live="polite" aria-label="Integrations in this run">
        {run.steps.map((step) => (
          <li
            key={step.integrationId}
            className="grid gap-0.5"
            data-testid="run-step"
            data-state={step.state}
          >
            <span className="flex flex-wrap items-center gap-2">
              <RunStatusBadge status={step.state} />
              <span className="font-medium">{step.name}</span>
              <span className="text-xs text-muted-foreground">
                {step.evidenceCount} evidence records ({step.newEvidenceCount} new)
                {step.attempts > 1 ? ` · attempt ${step.attempts}` : null}
              </span>
            </span>
            {step.error ? <span className="text-xs text-destructive">{step.error}</span> : null}
          </li>
        ))}
      </ul>
      {run.status === 'COMPLETED' || run.evaluatedAt ? (
        <p className="text-sm" data-testid="run-results">
          Evaluated {total} checks: {run.results.PASS} pass, {run.results.FAIL} fail,{' '}
          {run.results.INCONCLUSIVE} inconclusive.{' '}
          <Link href={orgPath(orgId)} className="underline">
            See the overview
          </Link>
        </p>
      ) : null}
    </div>
  );
}
