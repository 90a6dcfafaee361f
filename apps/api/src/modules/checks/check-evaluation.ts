import type { CheckOutcome, CheckStatus, Finding } from '@kushim/integrations';

/** An accepted failing finding: this check's finding for this resource does not fail its control while active. */
export interface ActiveException {
  id: string;
  checkId: string;
  resourceId: string;
}

export interface StoredFinding extends Finding {
  /** An active exception accepts this failing finding. */
  excepted: boolean;
  exceptionId?: string;
}

export interface EvaluatedCheck {
  checkId: string;
  status: CheckStatus;
  findings: StoredFinding[];
  missingEvidence: string[];
}

/** Worst first: one integration's failure or missing evidence outweighs another's pass. */
const precedence: readonly CheckStatus[] = ['FAIL', 'INCONCLUSIVE', 'PASS', 'NOT_APPLICABLE'];

/**
 * One check evaluated over several integrations of the same provider (two AWS accounts): findings together, the
 * worst status wins, so a pass in one account never hides a failure or a gap in another.
 */
export function mergeOutcomes(checkId: string, outcomes: readonly CheckOutcome[]): CheckOutcome {
  const status =
    precedence.find((candidate) => outcomes.some((o) => o.status === candidate)) ?? 'INCONCLUSIVE';
  return {
    checkId,
    status,
    findings: outcomes.flatMap((o) => o.findings),
    missingEvidence: [...new Set(outcomes.flatMap((o) => o.missingEvidence))].sort(),
  };
}

/**
 * Marks failing findings accepted by an active exception. A FAIL whose every failing finding is excepted counts as
 * PASS (INCONCLUSIVE when evidence was missing for part of it): an excepted finding does not fail its control. The findings keep their FAIL status (and say excepted), so
 * results still show what was accepted.
 */
export function applyExceptions(
  outcome: CheckOutcome,
  exceptions: readonly ActiveException[],
): EvaluatedCheck {
  const byResource = new Map(
    exceptions.filter((e) => e.checkId === outcome.checkId).map((e) => [e.resourceId, e] as const),
  );
  const findings: StoredFinding[] = outcome.findings.map((finding) => {
    const exception = finding.status === 'FAIL' ? byResource.get(finding.resource.id) : undefined;
    return exception
      ? { ...finding, excepted: true, exceptionId: exception.id }
      : { ...finding, excepted: false };
  });
  const stillFailing = findings.some((f) => f.status === 'FAIL' && !f.excepted);
  // Every failure accepted: PASS — unless some integration's evidence was missing, which stays a gap.
  const accepted: CheckStatus = outcome.missingEvidence.length > 0 ? 'INCONCLUSIVE' : 'PASS';
  const status: CheckStatus = outcome.status === 'FAIL' && !stillFailing ? accepted : outcome.status;
  return { checkId: outcome.checkId, status, findings, missingEvidence: outcome.missingEvidence };
}

export type ControlStatusName = 'PASSING' | 'FAILING' | 'NEEDS_EVIDENCE' | 'NOT_APPLICABLE';

/**
 * A control's status from its checks' results in this run:
 * a non-excepted FAIL → FAILING; every result PASS or NOT_APPLICABLE → PASSING; no result → NEEDS_EVIDENCE;
 * otherwise some check was INCONCLUSIVE (evidence missing): keep the previous status — missing evidence never
 * turns a failing control into a passing one (nor a passing one into failing).
 */
export function controlStatusFrom(
  results: readonly Pick<EvaluatedCheck, 'status'>[],
  previous: ControlStatusName | undefined,
): ControlStatusName {
  if (results.length === 0) {
    return 'NEEDS_EVIDENCE';
  }
  if (results.some((r) => r.status === 'FAIL')) {
    return 'FAILING';
  }
  if (results.every((r) => r.status === 'PASS' || r.status === 'NOT_APPLICABLE')) {
    return 'PASSING';
  }
  return previous ?? 'NEEDS_EVIDENCE';
}
