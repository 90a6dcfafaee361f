'use client';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { Progress } from '@kushim/ui/components/progress';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { useOrg } from '@/lib/org/org-context';
import { byFamilyOrder } from '@/lib/overview/criteria-order';
import { useScore } from '@/lib/queries/score';

/** The score per Trust Services Criteria family (CC1–CC9, A, C, PI, P); shares the score request. */
export function CriteriaBreakdown() {
  const { orgId } = useOrg();
  const score = useScore(orgId);
  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle asChild>
          <h2>By criterion family</h2>
        </CardTitle>
        <CardDescription>Controls passing per Trust Services Criteria family.</CardDescription>
      </CardHeader>
      <CardContent>
        {score.isPending ? (
          <LoadingBlock rows={5} label="Loading the breakdown" />
        ) : score.isError ? (
          <ErrorState error={score.error} onRetry={() => void score.refetch()} />
        ) : (
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2" aria-label="Score by criterion family">
            {byFamilyOrder(score.data.byCriterion).map((family) => (
              <li key={family.family} className="grid grid-cols-[3rem_1fr_auto] items-center gap-2 text-sm">
                <span className="font-mono text-xs font-medium">{family.family}</span>
                <Progress value={family.score} label={`${family.family} score`} />
                <span className="w-28 text-right text-xs text-muted-foreground tabular-nums">
                  {family.score}% · {family.passing}/{family.applicable}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
