'use client';

import type { ControlDetail } from '@kushim/contracts';
import { ExternalLink, FlaskConical } from 'lucide-react';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { EmptyState } from '@/components/page/empty-state';
import { CheckStatusBadge, SeverityBadge } from '@/components/status/status-badges';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useChecks } from '@/lib/queries/checks';
import { FindingsTable } from './findings-table';

type CheckResult = ControlDetail['checkResults'][number];

/** The automated checks that test the control: latest outcome, SLA, Jira ticket, remediation and findings. */
export function CheckResults({ control }: { control: ControlDetail }) {
  const { orgId } = useOrg();
  const checks = useChecks(orgId);
  const remediation = new Map(checks.data?.items.map((check) => [check.id, check.remediation] as const));
  return (
    <section aria-labelledby="checks-heading" className="grid gap-3">
      <h2 id="checks-heading" className="text-base font-semibold">
        Automated checks
      </h2>
      {control.checkResults.length === 0 ? (
        <EmptyState icon={FlaskConical} title="No automated check">
          This control is met with manual evidence: upload it below, with the date of the activity.
        </EmptyState>
      ) : (
        control.checkResults.map((check) => (
          <CheckCard key={check.checkId} check={check} remediation={remediation.get(check.checkId)} />
        ))
      )}
    </section>
  );
}

function CheckCard({ check, remediation }: { check: CheckResult; remediation: string | undefined }) {
  const failing = check.findings.filter((finding) => finding.status === 'FAIL');
  return (
    <Card data-testid="check-card" data-check-id={check.checkId}>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CheckStatusBadge status={check.latest?.status ?? null} />
          <SeverityBadge severity={check.severity} />
          {check.sla ? (
            <span
              className={
                check.sla.overdue ? 'text-xs font-medium text-destructive' : 'text-xs text-muted-foreground'
              }
            >
              {check.sla.overdue
                ? `Overdue by ${check.sla.daysOverdue} days (due ${formatDate(check.sla.dueAt)})`
                : `Fix due ${formatDate(check.sla.dueAt)}`}
            </span>
          ) : null}
          {check.ticket ? (
            check.ticket.url ? (
              <a
                href={check.ticket.url}
                target="_blank"
                rel="noreferrer"
                className="inline-flex items-center gap-1 text-xs underline"
                data-testid="jira-ticket"
              >
                Jira {check.ticket.issueKey}
                <ExternalLink className="size-3" aria-hidden />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            ) : (
              <span className="text-xs" data-testid="jira-ticket">
                Jira {check.ticket.issueKey}
              </span>
            )
          ) : null}
        </div>
        <CardTitle asChild>
          <h3 className="mt-1">{check.title}</h3>
        </CardTitle>
        <CardDescription>
          <span className="font-mono">{check.checkId}</span>
          {check.latest ? (
            <> · evaluated {formatDateTime(check.latest.evaluatedAt)}</>
          ) : (
            ' · not evaluated yet'
          )}
          {check.latest && check.latest.exceptedFindings > 0
            ? ` · ${check.latest.exceptedFindings} finding${check.latest.exceptedFindings === 1 ? '' : 's'} accepted as exception`
            : null}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {remediation && failing.length > 0 ? (
          <div className="rounded-md border bg-muted/40 p-3 text-sm">
            <p className="mb-1 text-xs font-medium text-muted-foreground">How to fix</p>
            <p>{remediation}</p>
          </div>
        ) : null}
        {check.findings.length > 0 ? (
          <FindingsTable checkId={check.checkId} checkTitle={check.title} findings={check.findings} />
        ) : check.latest ? (
          <p className="text-sm text-muted-foreground">No per-resource findings in the latest result.</p>
        ) : null}
      </CardContent>
    </Card>
  );
}
