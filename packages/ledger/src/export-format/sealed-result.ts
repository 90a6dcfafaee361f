import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { JsonObject, JsonValue } from '../json-value';

export const SEALED_RESULT_VERSION = 1;

export type SealedResultStatus = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'NOT_APPLICABLE';

/** One evidence snapshot a result read, pinned by the SHA-256 of its canonical content. */
export interface SealedEvidenceRef {
  id: string;
  kind: string;
  integrationId: string | null;
  /** When the run saw it (ISO-8601, milliseconds): checks may judge freshness by it. */
  collectedAt: string;
  sha256: string;
}

/** An integration whose evidence the check read, with its settings at evaluation time. */
export interface SealedIntegration {
  id: string;
  provider: string;
  settings: JsonObject;
}

/** Everything a check result was computed from, besides the evidence contents (pinned by hash). */
export interface SealedResultInputs {
  integrations: SealedIntegration[];
  evidence: SealedEvidenceRef[];
  /** The exceptions active at evaluation time for this check. */
  exceptions: { id: string; resourceId: string }[];
}

/**
 * A check result as sealed into the organization's chain: the run's `results.sealed` audit event carries
 * SHA-256(JCS(this document)) per check, so the status, the findings and every input are covered.
 */
export interface SealedCheckResult {
  kind: 'kushim.check-result';
  version: typeof SEALED_RESULT_VERSION;
  organizationId: string;
  runId: string;
  checkId: string;
  evaluatedAt: string;
  status: SealedResultStatus;
  findings: JsonValue[];
  missingEvidence: string[];
  inputs: SealedResultInputs;
}

/** The audit action that seals a run's results, and the shape of its payload. */
export const RESULTS_SEALED_ACTION = 'results.sealed';
export interface ResultsSealedPayload {
  runId: string;
  evaluatedAt: string;
  results: { checkId: string; status: SealedResultStatus; sha256: string }[];
}

/** The audit actions that seal evidence: their payload lists `evidence: [{id, kind, sha256}]`. */
export const EVIDENCE_SEALING_ACTIONS = ['evidence.collected', 'evidence.uploaded'] as const;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** hex(SHA-256(UTF-8(JCS(result)))). */
export function sealedResultHash(result: SealedCheckResult): string {
  return sha256Hex(canonicalJson(result));
}

/** hex(SHA-256(UTF-8(JCS(content)))): the evidence content hash, as stored in `Evidence.contentHash`. */
export function evidenceContentHash(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}
