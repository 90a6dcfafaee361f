import type { EvidenceRecord, SealedCheckResult } from '@kushim/ledger';

/**
 * Everything an auditor export renders, loaded once from the database for the period [from, to). The renderers
 * (CSV, summary.html, OSCAL) are pure functions of this model, so the same model always renders the same bytes.
 */
export interface ExportModel {
  exportId: string;
  organization: { id: string; name: string };
  period: { from: string; to: string };
  generatedAt: string;
  /** Collection runs evaluated inside the period, oldest first. */
  runs: ExportRun[];
  /** Every sealed check result of those runs, ordered by (evaluatedAt, checkId). */
  results: ExportResult[];
  /** The catalog's checks that appear in `results` (title, severity, controls, criteria, remediation). */
  checks: ExportCheck[];
  /** Every catalog control with its status at the end of the period. */
  controls: ExportControl[];
  /** Every evidence record in the package (automated snapshots and manual uploads). */
  evidence: ExportEvidence[];
  /** Exceptions in force at any time during the period. */
  exceptions: ExportException[];
  /** The score at the end of the period (the last daily snapshot inside it), or null when none was computed. */
  score: ExportScore | null;
}

export interface ExportRun {
  id: string;
  trigger: string;
  startedAt: string | null;
  evaluatedAt: string;
}

export interface ExportResult {
  /** The sealed document (what the chain's `results.sealed` event hashes). */
  sealed: SealedCheckResult;
  sha256: string;
}

export interface ExportCheck {
  id: string;
  title: string;
  provider: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  controls: string[];
  criteria: string[];
  remediation: string;
}

export type ExportControlStatus = 'PASSING' | 'FAILING' | 'NEEDS_EVIDENCE' | 'NOT_APPLICABLE';

export interface ExportControl {
  id: string;
  title: string;
  description: string;
  status: ExportControlStatus;
  /** Trust Services Criteria ids (`CC6.1`, …). */
  criteria: string[];
  /** Automated checks testing the control. */
  checkIds: string[];
  /** Checks whose last result in the period was FAIL (not excepted). */
  failingCheckIds: string[];
  ownerEmail: string | null;
  /** Manual evidence ids supporting the control in the period. */
  manualEvidenceIds: string[];
  /** When the status was last computed inside the period, or null. */
  evaluatedAt: string | null;
}

export interface ExportEvidence {
  record: EvidenceRecord;
  /** Where the record lives in the ZIP (`evidence/<id>.json`). */
  path: string;
}

export interface ExportException {
  id: string;
  checkId: string;
  resourceId: string;
  justification: string;
  approvedBy: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ExportScore {
  day: string;
  score: number;
  passing: number;
  failing: number;
  needsEvidence: number;
  applicable: number;
}
