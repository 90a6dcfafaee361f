'use client';

import { ControlStatusValueSchema } from '@kushim/contracts';
import { ArrowRight } from 'lucide-react';

import { Card, CardContent, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { ControlStatusBadge } from '@/components/status/status-badges';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useControlTransitions } from '@/lib/queries/controls';

const CAUSE: Record<string, string> = {
  run: 'a collection run',
  exception: 'an exception',
  'manual-evidence': 'manual evidence',
  lapse: 'evidence or an exception lapsing',
};

function StatusWord({ value }: { value: string }) {
  const parsed = ControlStatusValueSchema.safeParse(value);
  return parsed.success ? (
    <ControlStatusBadge status={parsed.data} />
  ) : (
    <span className="text-xs text-muted-foreground">{value === 'NONE' ? 'Not evaluated' : value}</span>
  );
}

/** Every change of the control's status, newest first, with what caused it. */
export function ControlHistory({ controlId }: { controlId: string }) {
  const { orgId } = useOrg();
  const transitions = useControlTransitions(orgId, controlId);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>History</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {transitions.isPending ? (
          <LoadingBlock rows={3} label="Loading history" />
        ) : transitions.isError ? (
          <ErrorState error={transitions.error} onRetry={() => void transitions.refetch()} />
        ) : transitions.data.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">The status has not changed yet.</p>
        ) : (
          <ol
            className="grid gap-3 text-sm"
            aria-label="Status changes, newest first"
            data-testid="control-history"
          >
            {transitions.data.items.map((transition) => (
              <li key={transition.id} className="grid gap-1">
                <span className="flex flex-wrap items-center gap-1.5">
                  <StatusWord value={transition.from} />
                  <ArrowRight className="size-3 text-muted-foreground" aria-label="to" />
                  <StatusWord value={transition.to} />
                </span>
                <span className="text-xs text-muted-foreground">
                  {formatDateTime(transition.occurredAt)} · by {CAUSE[transition.cause] ?? transition.cause}
                </span>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
