import type { RunView } from '@kushim/contracts';
import { CircleCheck, CircleX, Clock, LoaderCircle } from 'lucide-react';

import { Badge } from '@kushim/ui/components/badge';
import { cn } from '@kushim/ui/lib/utils';

type State = RunView['status'];

const states: Record<State, { label: string; icon: typeof Clock; className: string }> = {
  QUEUED: { label: 'Queued', icon: Clock, className: 'text-muted-foreground' },
  RUNNING: { label: 'Running', icon: LoaderCircle, className: 'text-foreground [&>svg]:animate-spin' },
  COMPLETED: { label: 'Completed', icon: CircleCheck, className: 'border-success/40 text-success' },
  FAILED: { label: 'Failed', icon: CircleX, className: 'border-destructive/40 text-destructive' },
};

/** A run's or a run step's state, in words with an icon. */
export function RunStatusBadge({ status }: { status: State }) {
  const { label, icon: Icon, className } = states[status];
  return (
    <Badge variant="outline" className={cn('gap-1', className)} data-status={status}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}
