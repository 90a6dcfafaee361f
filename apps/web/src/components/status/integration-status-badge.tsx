import type { IntegrationStatusName } from '@kushim/contracts';
import { CircleCheck, CirclePause, TriangleAlert } from 'lucide-react';

import { Badge } from '@kushim/ui/components/badge';
import { cn } from '@kushim/ui/lib/utils';

const states: Record<IntegrationStatusName, { label: string; icon: typeof CircleCheck; className: string }> =
  {
    CONNECTED: { label: 'Connected', icon: CircleCheck, className: 'border-success/40 text-success' },
    ERROR: { label: 'Error', icon: TriangleAlert, className: 'border-destructive/40 text-destructive' },
    DISABLED: { label: 'Disabled', icon: CirclePause, className: 'text-muted-foreground' },
  };

export function IntegrationStatusBadge({ status }: { status: IntegrationStatusName }) {
  const { label, icon: Icon, className } = states[status];
  return (
    <Badge variant="outline" className={cn('gap-1', className)} data-status={status}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}
