import { evidenceSet, type EvidenceSnapshot } from './evidence';
import { runCheck, type CheckDefinition, type CheckOutcome, type CheckStatus } from './check';
import type { Finding } from './finding';

/**
 * How a check is evaluated over one run's evidence: per integration of its provider with that integration's
 * settings (merged worst-first), or over everything for cross-source checks; then exceptions applied. The worker
 * and the offline verifier (`kushim-verify`) both call `evaluateCheck`, so a recomputed result is the same code.
 */

/** An integration whose evidence a check reads. */
export interface EvaluationIntegration {
  id: string;
  provider: string;
  settings: Readonly<Record<string, unknown>>;
}

/** One evidence snapshot of the run, with where it came from. */
export interface EvaluationEvidence {
  id: string;
  integrationId: string | null;
  kind: string;
  /** ISO-8601. */
  collectedAt: string;
  content: unknown;
}

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
 * PASS (INCONCLUSIVE when evidence was missing for part of it): an excepted finding does not fail its control. The
 * findings keep their FAIL status (and say excepted), so results still show what was accepted.
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

/** The integrations a check reads: those of its provider, or every one for a cross-source check. */
export function integrationsFor(
  check: CheckDefinition,
  integrations: readonly EvaluationIntegration[],
): EvaluationIntegration[] {
  return check.provider === 'cross'
    ? [...integrations]
    : integrations.filter((integration) => integration.provider === check.provider);
}

/** The evidence a check reads: its declared kinds, from the integrations it reads. */
export function evidenceFor<E extends EvaluationEvidence>(
  check: CheckDefinition,
  integrations: readonly EvaluationIntegration[],
  evidence: readonly E[],
): E[] {
  const ids = new Set(integrationsFor(check, integrations).map((integration) => integration.id));
  return evidence.filter(
    (row) =>
      check.evidence.includes(row.kind) &&
      (check.provider === 'cross' || (row.integrationId !== null && ids.has(row.integrationId))),
  );
}

function snapshots(rows: readonly EvaluationEvidence[]): EvidenceSnapshot[] {
  return rows.map((row) => ({ kind: row.kind, collectedAt: row.collectedAt, content: row.content }));
}

/**
 * Evaluates one check over a run's integrations and evidence at `now`, exceptions applied. Cross-source checks see
 * all evidence with every integration's settings merged (in the order given); provider checks run once per
 * integration with its own settings and evidence, merged worst-first.
 */
export function evaluateCheck(
  check: CheckDefinition,
  integrations: readonly EvaluationIntegration[],
  evidence: readonly EvaluationEvidence[],
  exceptions: readonly ActiveException[],
  now: Date,
): EvaluatedCheck {
  if (check.provider === 'cross') {
    const settings = Object.assign({}, ...integrations.map((i) => i.settings)) as Record<string, unknown>;
    return applyExceptions(
      runCheck(check, evidenceSet(snapshots(evidenceFor(check, integrations, evidence))), now, settings),
      exceptions,
    );
  }
  const outcomes = integrationsFor(check, integrations).map((integration) =>
    runCheck(
      check,
      evidenceSet(snapshots(evidence.filter((row) => row.integrationId === integration.id))),
      now,
      integration.settings,
    ),
  );
  return applyExceptions(mergeOutcomes(check.id, outcomes), exceptions);
}
