'use client';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { useOrg } from '@/lib/org/org-context';
import { useScore } from '@/lib/queries/score';

export function ScoreCard() {
  const { orgId } = useOrg();
  const score = useScore(orgId);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>SOC 2 score</h2>
        </CardTitle>
        <CardDescription>Share of applicable controls that pass.</CardDescription>
      </CardHeader>
      <CardContent>
        {score.isPending ? (
          <LoadingBlock rows={2} label="Loading the score" />
        ) : score.isError ? (
          <ErrorState error={score.error} onRetry={() => void score.refetch()} />
        ) : (
          <div className="grid gap-3">
            <p className="text-4xl font-semibold tabular-nums" data-testid="soc2-score">
              {score.data.applicable === 0 ? '—' : `${score.data.score}%`}
            </p>
            <dl className="grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-muted-foreground">Passing</dt>
                <dd className="font-medium tabular-nums" data-testid="score-passing">
                  {score.data.passing}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Failing</dt>
                <dd className="font-medium tabular-nums" data-testid="score-failing">
                  {score.data.failing}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Need evidence</dt>
                <dd className="font-medium tabular-nums">{score.data.needsEvidence}</dd>
              </div>
            </dl>
            <p className="text-xs text-muted-foreground">
              {score.data.passing} of {score.data.applicable} applicable controls pass.
            </p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
