import type { ControlStatusValue } from '@kushim/contracts';
import { CircleCheck, CircleDashed, CircleHelp, CircleMinus, CircleX, type LucideIcon } from 'lucide-react';

import { Badge } from '@kushim/ui/components/badge';
import { cn } from '@kushim/ui/lib/utils';

type Tone = 'pass' | 'fail' | 'pending' | 'neutral';

const toneClass: Record<Tone, string> = {
  pass: 'border-success/40 text-success',
  fail: 'border-destructive/40 text-destructive',
  pending: 'border-amber-500/50 text-amber-700 dark:text-amber-400',
  neutral: 'text-muted-foreground',
};

/** Every status is words plus an icon; colour only repeats what the text says. */
function StatusBadge({
  tone,
  icon: Icon,
  label,
  value,
}: {
  tone: Tone;
  icon: LucideIcon;
  label: string;
  value: string;
}) {
  return (
    <Badge variant="outline" className={cn('gap-1', toneClass[tone])} data-status={value}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}

const controlStatus: Record<ControlStatusValue, { tone: Tone; icon: LucideIcon; label: string }> = {
  PASSING: { tone: 'pass', icon: CircleCheck, label: 'Passing' },
  FAILING: { tone: 'fail', icon: CircleX, label: 'Failing' },
  NEEDS_EVIDENCE: { tone: 'pending', icon: CircleDashed, label: 'Needs evidence' },
  NOT_APPLICABLE: { tone: 'neutral', icon: CircleMinus, label: 'Not applicable' },
};

export function ControlStatusBadge({ status }: { status: ControlStatusValue }) {
  return <StatusBadge {...controlStatus[status]} value={status} />;
}

export type CheckStatus = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'NOT_APPLICABLE';

const checkStatus: Record<CheckStatus, { tone: Tone; icon: LucideIcon; label: string }> = {
  PASS: { tone: 'pass', icon: CircleCheck, label: 'Pass' },
  FAIL: { tone: 'fail', icon: CircleX, label: 'Fail' },
  INCONCLUSIVE: { tone: 'pending', icon: CircleHelp, label: 'Inconclusive' },
  NOT_APPLICABLE: { tone: 'neutral', icon: CircleMinus, label: 'Not applicable' },
};

/** A check result's status; `null` means the check has never been evaluated. */
export function CheckStatusBadge({ status }: { status: CheckStatus | null }) {
  if (status === null) {
    return <StatusBadge tone="neutral" icon={CircleDashed} label="Not evaluated" value="NONE" />;
  }
  return <StatusBadge {...checkStatus[status]} value={status} />;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

const severityClass: Record<Severity, string> = {
  critical: 'border-destructive bg-destructive/10 text-destructive',
  high: 'border-orange-500/60 text-orange-700 dark:text-orange-400',
  medium: 'border-amber-500/50 text-amber-700 dark:text-amber-400',
  low: 'text-muted-foreground',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge variant="outline" className={cn('capitalize', severityClass[severity])} data-severity={severity}>
      {severity}
    </Badge>
  );
}
