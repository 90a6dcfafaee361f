'use client';

import { ShieldCheck, ShieldQuestion } from 'lucide-react';
import Link from 'next/link';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { SeverityBadge } from '@/components/status/status-badges';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { failingBySeverity } from '@/lib/overview/failing-checks';
import { useChecks } from '@/lib/queries/checks';

/** Failing checks by severity, each linking to the controls it tests. */
export function FailingControls() {
  const { orgId } = useOrg();
  const checks = useChecks(orgId);
  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle asChild>
          <h2>Failing by severity</h2>
        </CardTitle>
        <CardDescription>
          Automated checks that fail now, most severe first, with the controls they test.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {checks.isPending ? (
          <LoadingBlock rows={4} label="Loading failing checks" />
        ) : checks.isError ? (
          <ErrorState error={checks.error} onRetry={() => void checks.refetch()} />
        ) : (
          <FailingGroups
            orgId={orgId}
            groups={failingBySeverity(checks.data.items)}
            evaluated={checks.data.items.some((check) => check.latest !== null)}
          />
        )}
      </CardContent>
    </Card>
  );
}

function FailingGroups({
  orgId,
  groups,
  evaluated,
}: {
  orgId: string;
  groups: ReturnType<typeof failingBySeverity>;
  evaluated: boolean;
}) {
  const total = groups.reduce((sum, group) => sum + group.checks.length, 0);
  if (!evaluated) {
    return (
      <EmptyState icon={ShieldQuestion} title="No results yet">
        Checks are evaluated after each collection run; connect an integration to get the first results.
      </EmptyState>
    );
  }
  if (total === 0) {
    return (
      <EmptyState icon={ShieldCheck} title="Nothing fails">
        No automated check fails in the latest results. Keep collection running to stay there.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-4">
      <ul className="flex flex-wrap gap-3 text-sm" aria-label="Failing checks per severity">
        {groups.map((group) => (
          <li
            key={group.severity}
            className="flex items-center gap-1.5"
            data-testid={`failing-${group.severity}`}
          >
            <SeverityBadge severity={group.severity} />
            <span className="tabular-nums">{group.checks.length}</span>
          </li>
        ))}
      </ul>
      <ul className="divide-y rounded-md border text-sm" aria-label="Failing checks">
        {groups
          .flatMap((group) => group.checks)
          .slice(0, 8)
          .map((check) => (
            <li key={check.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
              <SeverityBadge severity={check.severity} />
              <span className="min-w-0 flex-1 truncate">{check.title}</span>
              <span className="flex flex-wrap gap-1">
                {check.controls.map((controlId) => (
                  <Link
                    key={controlId}
                    href={orgPath(orgId, 'controls', controlId)}
                    className="rounded-sm font-mono text-xs underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                  >
                    {controlId}
                  </Link>
                ))}
              </span>
            </li>
          ))}
      </ul>
      {total > 8 ? (
        <Link href={`${orgPath(orgId, 'controls')}?status=FAILING`} className="text-sm underline">
          All {total} failing checks by control
        </Link>
      ) : null}
    </div>
  );
}
