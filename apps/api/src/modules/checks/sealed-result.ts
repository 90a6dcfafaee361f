import {
  SEALED_RESULT_VERSION,
  sealedResultHash,
  type JsonObject,
  type JsonValue,
  type SealedCheckResult,
  type SealedResultInputs,
} from '@kushim/ledger';
import type { ActiveException, EvaluatedCheck, EvaluationIntegration } from '@kushim/integrations';

/** A run's evidence row as the evaluation reads it, with the content hash that sealed it. */
export interface SealableEvidence {
  id: string;
  integrationId: string | null;
  kind: string;
  collectedAt: string;
  sha256: string;
}

/** JSON as PostgreSQL jsonb will return it: undefined members dropped, so the stored row hashes like the sealed one. */
function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The sealed document of one check result: its outcome plus every input besides evidence contents (pinned by
 * hash), in a stable order. docs/ledger.md "Sealed check results".
 */
export function sealCheckResult(args: {
  organizationId: string;
  runId: string;
  evaluatedAt: Date;
  result: EvaluatedCheck;
  integrations: readonly EvaluationIntegration[];
  evidence: readonly SealableEvidence[];
  exceptions: readonly ActiveException[];
}): { sealed: SealedCheckResult; sha256: string } {
  const inputs: SealedResultInputs = {
    integrations: args.integrations
      .map((i) => ({ id: i.id, provider: i.provider, settings: plainJson(i.settings) as JsonObject }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    evidence: args.evidence
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        integrationId: e.integrationId,
        collectedAt: e.collectedAt,
        sha256: e.sha256,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    exceptions: args.exceptions
      .filter((e) => e.checkId === args.result.checkId)
      .map((e) => ({ id: e.id, resourceId: e.resourceId }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  const sealed: SealedCheckResult = {
    kind: 'kushim.check-result',
    version: SEALED_RESULT_VERSION,
    organizationId: args.organizationId,
    runId: args.runId,
    checkId: args.result.checkId,
    evaluatedAt: args.evaluatedAt.toISOString(),
    status: args.result.status,
    findings: plainJson(args.result.findings) as unknown as JsonValue[],
    missingEvidence: [...args.result.missingEvidence],
    inputs,
  };
  return { sealed, sha256: sealedResultHash(sealed) };
}
