'use client';

import { AlarmClockCheck } from 'lucide-react';
import Link from 'next/link';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { SeverityBadge } from '@/components/status/status-badges';
import { formatDate } from '@/lib/format/dates';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { overdueChecks } from '@/lib/overview/failing-checks';
import { useChecks } from '@/lib/queries/checks';

/** Failing checks past their remediation SLA (shares the checks request with "Failing by severity"). */
export function OverdueItems() {
  const { orgId } = useOrg();
  const checks = useChecks(orgId);
  const overdue = checks.data ? overdueChecks(checks.data.items) : [];
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Overdue</h2>
        </CardTitle>
        <CardDescription>Failing checks past their remediation SLA.</CardDescription>
      </CardHeader>
      <CardContent>
        {checks.isPending ? (
          <LoadingBlock rows={3} label="Loading overdue items" />
        ) : checks.isError ? (
          <ErrorState error={checks.error} onRetry={() => void checks.refetch()} />
        ) : overdue.length === 0 ? (
          <EmptyState icon={AlarmClockCheck} title="Nothing overdue">
            Every failing check is still inside its SLA.
          </EmptyState>
        ) : (
          <ul className="grid gap-2 text-sm" data-testid="overdue-items">
            {overdue.slice(0, 6).map((check) => (
              <li key={check.id} className="grid gap-0.5">
                <span className="flex items-center gap-2">
                  <SeverityBadge severity={check.severity} />
                  <Link
                    href={orgPath(orgId, 'controls', check.controls[0] ?? '')}
                    className="truncate underline-offset-2 hover:underline"
                  >
                    {check.title}
                  </Link>
                </span>
                <span className="text-xs text-muted-foreground">
                  {check.sla?.daysOverdue} days overdue (due {formatDate(check.sla?.dueAt)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
