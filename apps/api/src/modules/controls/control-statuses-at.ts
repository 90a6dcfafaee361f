import type { ControlStatusValue } from '@kushim/contracts';
import type { ControlStatusRow } from './control-status.row';

/** What the controls routes need to describe a control as it stood at the end of an audit window. */
export interface StatusesAtInputs {
  /** Control ids of the catalog. */
  controlIds: readonly string[];
  /** The check ids testing each control. */
  checksOf: (controlId: string) => readonly string[];
  /** Each control's status at the window's end (its last transition before it) and when that was. */
  statusAt: ReadonlyMap<string, { status: ControlStatusValue; at: Date }>;
  /** The latest result in the window of each check. */
  latestStatus: ReadonlyMap<string, string>;
  /** Today's rows, for what is not history: the owner. */
  current: ReadonlyMap<string, ControlStatusRow>;
}

/**
 * Control status rows as of the end of a window: the status recorded by the last transition before the end
 * (NEEDS_EVIDENCE when there was none), passing and failing counts from the checks' latest results in the window.
 * Pure, so the rule is tested on its own.
 */
export function controlStatusesAt(inputs: StatusesAtInputs): Map<string, ControlStatusRow> {
  const rows = new Map<string, ControlStatusRow>();
  for (const controlId of inputs.controlIds) {
    const results = inputs.checksOf(controlId).map((checkId) => inputs.latestStatus.get(checkId));
    const at = inputs.statusAt.get(controlId);
    rows.set(controlId, {
      controlId,
      status: at?.status ?? 'NEEDS_EVIDENCE',
      ownerUserId: inputs.current.get(controlId)?.ownerUserId ?? null,
      passingChecks: results.filter((status) => status === 'PASS').length,
      failingChecks: results.filter((status) => status === 'FAIL').length,
      evaluatedAt: at?.at ?? null,
    });
  }
  return rows;
}
