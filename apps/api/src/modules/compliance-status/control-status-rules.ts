import { applyExceptions, type CheckStatus } from '@kushim/integrations';
import {
  controlStatusFrom,
  type ActiveException,
  type ControlStatusName,
  type EvaluatedCheck,
  type StoredFinding,
} from '@/modules/checks/check-evaluation';

/** Whether a control's manual evidence counts now: none uploaded, at least one upload in its validity, or all lapsed. */
export type ManualEvidenceState = 'NONE' | 'VALID' | 'EXPIRED';

export interface ValidityInterval {
  validFrom: Date;
  /** null: valid until superseded (no end date). */
  validUntil: Date | null;
}

/**
 * VALID when any upload's interval contains `now`; EXPIRED when none does but one has ended; NONE when nothing was
 * uploaded (or only uploads whose validity has not started yet).
 */
export function manualEvidenceState(uploads: readonly ValidityInterval[], now: Date): ManualEvidenceState {
  const current = uploads.some((u) => u.validFrom <= now && (u.validUntil === null || u.validUntil > now));
  if (current) {
    return 'VALID';
  }
  return uploads.some((u) => u.validUntil !== null && u.validUntil <= now) ? 'EXPIRED' : 'NONE';
}

export interface ControlInputs {
  /** The latest result of each of the control's checks whose providers are connected (empty: none). */
  results: readonly Pick<EvaluatedCheck, 'status'>[];
  /** Whether the control has any check in the registry (automated testing is possible at all). */
  automated: boolean;
  manual: ManualEvidenceState;
  previous: ControlStatusName | undefined;
}

/**
 * A control's status from everything that tests it:
 * - the organization marked it NOT_APPLICABLE → stays so;
 * - a non-excepted failing check → FAILING (manual evidence never hides a failing automated check);
 * - its manual evidence has lapsed → NEEDS_EVIDENCE (an auditor will ask for a current document);
 * - every check result PASS/NOT_APPLICABLE → PASSING;
 * - no check result (no check, or its provider is not connected) but current manual evidence → PASSING;
 * - otherwise the checks' rule: inconclusive keeps the previous status, nothing at all → NEEDS_EVIDENCE.
 */
export function controlStatusOf(inputs: ControlInputs): ControlStatusName {
  if (inputs.previous === 'NOT_APPLICABLE') {
    return 'NOT_APPLICABLE';
  }
  const automatedStatus =
    inputs.automated && inputs.results.length > 0
      ? controlStatusFrom(inputs.results, inputs.previous)
      : undefined;
  if (automatedStatus === 'FAILING') {
    return 'FAILING';
  }
  if (inputs.manual === 'EXPIRED') {
    return 'NEEDS_EVIDENCE';
  }
  if (automatedStatus !== undefined) {
    return automatedStatus;
  }
  return inputs.manual === 'VALID' ? 'PASSING' : 'NEEDS_EVIDENCE';
}

export interface StoredCheckResult {
  checkId: string;
  status: CheckStatus;
  findings: readonly StoredFinding[];
  missingEvidence: readonly string[];
}

/**
 * A stored result seen through today's exceptions: the result as its checks found it (before any exception), then
 * the exceptions active now. An exception created after the run accepts its finding at once; one revoked or expired
 * since stops applying at once.
 */
export function withCurrentExceptions(
  stored: StoredCheckResult,
  exceptions: readonly ActiveException[],
): EvaluatedCheck {
  const findings = stored.findings.map((finding) => ({
    resource: finding.resource,
    status: finding.status,
    reason: finding.reason,
    evidence: finding.evidence,
  }));
  const raw: CheckStatus =
    stored.status === 'PASS' || stored.status === 'FAIL'
      ? findings.some((f) => f.status === 'FAIL')
        ? 'FAIL'
        : 'PASS'
      : stored.status;
  return applyExceptions(
    { checkId: stored.checkId, status: raw, findings, missingEvidence: [...stored.missingEvidence] },
    exceptions,
  );
}
