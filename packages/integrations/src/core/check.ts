import type { EvidenceSet } from './evidence';
import type { Finding, FindingStatus, ResourceRef } from './finding';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const severities: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export type ProviderId = 'aws' | 'github' | 'okta' | 'jira' | 'slack' | 'cross';

/** Organisation-level settings a check may read (limits, designated resources, username mappings). */
export type CheckSettings = Readonly<Record<string, unknown>>;

export interface CheckContext {
  evidence: EvidenceSet;
  /** Injected evaluation time; checks never read the clock. */
  now: Date;
  settings: CheckSettings;
  /** Builds a finding citing this check's declared evidence kinds (override `evidence` when fewer were read). */
  finding: (resource: ResourceRef, passed: boolean, reason: string, evidence?: string[]) => Finding;
}

export interface CriterionMapping {
  id: string;
  rationale: string;
}

/**
 * An automated check: a pure function of evidence. Header comment on each check says what it proves, the criteria,
 * the API calls behind its evidence and the permission needed.
 */
export interface CheckDefinition {
  id: string;
  provider: ProviderId;
  title: string;
  severity: Severity;
  /** Kushim controls (`KSM-…`) this check tests. */
  controls: string[];
  /** Trust Services Criteria with a one-line rationale each. */
  criteria: CriterionMapping[];
  /** Evidence kinds required; any missing → the result is INCONCLUSIVE. */
  evidence: string[];
  remediation: string;
  evaluate(context: CheckContext): Finding[];
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return Object.freeze({ ...definition });
}

export type CheckStatus = FindingStatus | 'INCONCLUSIVE' | 'NOT_APPLICABLE';

export interface CheckOutcome {
  checkId: string;
  status: CheckStatus;
  findings: Finding[];
  /** Required evidence kinds that were not available (why a result is INCONCLUSIVE). */
  missingEvidence: string[];
}

/**
 * Runs a check. Missing evidence → INCONCLUSIVE (never PASS); no resource inspected → NOT_APPLICABLE; any FAIL
 * finding → FAIL.
 */
export function runCheck(
  check: CheckDefinition,
  evidence: EvidenceSet,
  now: Date,
  settings: CheckSettings = {},
): CheckOutcome {
  const missingEvidence = check.evidence.filter((kind) => !evidence.has(kind));
  if (missingEvidence.length > 0) {
    return { checkId: check.id, status: 'INCONCLUSIVE', findings: [], missingEvidence };
  }
  const findings = check.evaluate({
    evidence,
    now,
    settings,
    finding: (resource, passed, reason, cited) => ({
      resource,
      status: passed ? 'PASS' : 'FAIL',
      reason,
      evidence: cited ?? check.evidence,
    }),
  });
  const status: CheckStatus =
    findings.length === 0 ? 'NOT_APPLICABLE' : findings.some((f) => f.status === 'FAIL') ? 'FAIL' : 'PASS';
  return { checkId: check.id, status, findings, missingEvidence: [] };
}
