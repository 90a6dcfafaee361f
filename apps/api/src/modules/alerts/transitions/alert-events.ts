import type { Severity } from '@kushim/integrations';
import type { ControlStatusName, EvaluatedCheck } from '@/modules/checks/check-evaluation';
import { atLeast } from '../sla/remediation-sla';

export interface ControlRef {
  id: string;
  title: string;
}

export interface FailingResource {
  id: string;
  name: string | null;
  reason: string;
}

export interface FailingCheckSummary {
  id: string;
  title: string;
  severity: Severity;
  remediation: string;
  /** Every non-excepted failing resource (builders show the first few and count the rest). */
  resources: FailingResource[];
}

/** What happened, as plain data: the outbox renders it into the channel's message format. */
export type AlertEvent =
  | { kind: 'control.failing'; control: ControlRef; checks: FailingCheckSummary[]; link: string }
  | { kind: 'control.recovered'; control: ControlRef; link: string }
  | { kind: 'control.needs-evidence'; control: ControlRef; from: ControlStatusName; link: string }
  | { kind: 'check.inconclusive'; check: CheckInfo; since: string; missingEvidence: string[]; link: string }
  | {
      kind: 'digest';
      /** The organization's local date the digest covers (YYYY-MM-DD). */
      date: string;
      score: number | null;
      failingControls: (ControlRef & { severity: Severity })[];
      overdueChecks: (CheckInfo & { daysOverdue: number; dueAt: string })[];
      needsEvidence: number;
      link: string;
    };

export interface TransitionInput {
  id: string;
  controlId: string;
  from: ControlStatusName;
  to: ControlStatusName;
}

export interface CheckInfo {
  id: string;
  title: string;
  severity: Severity;
  remediation: string;
}

export interface PlanContext {
  minSeverity: Severity;
  controlTitle: (controlId: string) => string;
  /** The control's current results (exceptions applied) and their checks. */
  checksOf: (controlId: string) => { check: CheckInfo; result: EvaluatedCheck }[];
  /** Whether this control's last Slack message was a failing alert (so a recovery is news). */
  announcedFailing: (controlId: string) => boolean;
  link: (controlId: string) => string;
}

export interface PlannedAlert {
  /** Unique per organization: the transition it announces, so a retry writes nothing twice. */
  dedupeKey: string;
  event: AlertEvent;
}

/**
 * Which transitions become messages. A control starting to fail alerts when one of its failing checks is at or
 * above the severity filter; a recovery is announced only for a control whose failure was; a control that loses its
 * evidence (a lapsed document, a disconnected provider) tells the compliance manager. Nothing else alerts: an
 * unchanged control produces no transition, so it never alerts twice.
 */
export function planAlerts(transitions: readonly TransitionInput[], context: PlanContext): PlannedAlert[] {
  const planned: PlannedAlert[] = [];
  for (const transition of transitions) {
    const control = { id: transition.controlId, title: context.controlTitle(transition.controlId) };
    const link = context.link(transition.controlId);
    if (transition.to === 'FAILING') {
      const checks = failingChecks(context.checksOf(transition.controlId));
      if (checks.some((check) => atLeast(check.severity, context.minSeverity))) {
        planned.push({
          dedupeKey: `control.failing:${control.id}:${transition.id}`,
          event: { kind: 'control.failing', control, checks, link },
        });
      }
    } else if (transition.from === 'FAILING' && transition.to === 'PASSING') {
      if (context.announcedFailing(transition.controlId)) {
        planned.push({
          dedupeKey: `control.recovered:${control.id}:${transition.id}`,
          event: { kind: 'control.recovered', control, link },
        });
      }
    } else if (transition.to === 'NEEDS_EVIDENCE' && transition.from !== 'NOT_APPLICABLE') {
      planned.push({
        dedupeKey: `control.needs-evidence:${control.id}:${transition.id}`,
        event: { kind: 'control.needs-evidence', control, from: transition.from, link },
      });
    }
  }
  return planned;
}

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** The control's failing checks, most severe first, each with its non-excepted failing resources. */
function failingChecks(checks: ReturnType<PlanContext['checksOf']>): FailingCheckSummary[] {
  return checks
    .filter(({ result }) => result.status === 'FAIL')
    .map(({ check, result }) => ({
      id: check.id,
      title: check.title,
      severity: check.severity,
      remediation: check.remediation,
      resources: result.findings
        .filter((f) => f.status === 'FAIL' && !f.excepted)
        .map((f) => ({ id: f.resource.id, name: f.resource.name ?? null, reason: f.reason })),
    }))
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.id.localeCompare(b.id));
}
