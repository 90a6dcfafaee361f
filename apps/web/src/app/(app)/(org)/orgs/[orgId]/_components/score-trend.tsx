'use client';

import { ChartLine } from 'lucide-react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { useOrg } from '@/lib/org/org-context';
import { trendSummary, trendStart } from '@/lib/overview/score-trend';
import { useScoreHistory } from '@/lib/queries/score';

export function ScoreTrend() {
  const { orgId } = useOrg();
  const history = useScoreHistory(orgId, trendStart(new Date(), 90));
  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle asChild>
          <h2>Score trend</h2>
        </CardTitle>
        <CardDescription>Daily SOC 2 score over the last 90 days (days with a run).</CardDescription>
      </CardHeader>
      <CardContent>
        {history.isPending ? (
          <LoadingBlock rows={4} label="Loading the score trend" />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.items.length === 0 ? (
          <EmptyState icon={ChartLine} title="No score yet">
            The trend starts with the first completed run. Connect an integration and run a collection.
          </EmptyState>
        ) : (
          <figure>
            <div className="h-48" role="img" aria-label={trendSummary(history.data.items)}>
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={history.data.items} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                  <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
                  <XAxis dataKey="day" tick={{ fontSize: 11 }} className="fill-muted-foreground" />
                  <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} unit="%" />
                  <Tooltip
                    formatter={(value) => [`${String(value)}%`, 'Score']}
                    contentStyle={{
                      background: 'var(--popover)',
                      color: 'var(--popover-foreground)',
                      border: '1px solid var(--border)',
                      borderRadius: 6,
                      fontSize: 12,
                    }}
                  />
                  <Line
                    type="monotone"
                    dataKey="score"
                    stroke="var(--foreground)"
                    strokeWidth={2}
                    dot={history.data.items.length < 20}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
            <figcaption className="mt-2 text-xs text-muted-foreground">
              {trendSummary(history.data.items)}
            </figcaption>
          </figure>
        )}
      </CardContent>
    </Card>
  );
}
