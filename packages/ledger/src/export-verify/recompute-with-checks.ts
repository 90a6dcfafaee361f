import { createRegistry, evaluateCheck } from '@kushim/integrations';
import type { Recompute } from './verify-export';

/**
 * Recomputes a sealed result with Kushim's own pure check code — the `evaluateCheck` the worker ran — over the
 * sealed inputs: the integrations and their settings, the cited evidence (contents from the package), the
 * exceptions, at the sealed evaluation time.
 */
export function recomputeWithChecks(): Recompute {
  const registry = createRegistry();
  return (sealed, contents) => {
    const check = registry.check(sealed.checkId);
    if (!check) {
      return null;
    }
    const evidence = sealed.inputs.evidence.map((ref) => ({
      id: ref.id,
      integrationId: ref.integrationId,
      kind: ref.kind,
      collectedAt: ref.collectedAt,
      content: contents.get(ref.id),
    }));
    const exceptions = sealed.inputs.exceptions.map((e) => ({ ...e, checkId: sealed.checkId }));
    const result = evaluateCheck(
      check,
      sealed.inputs.integrations,
      evidence,
      exceptions,
      new Date(sealed.evaluatedAt),
    );
    return {
      status: result.status,
      // As stored: undefined members dropped.
      findings: JSON.parse(JSON.stringify(result.findings)) as unknown[],
      missingEvidence: result.missingEvidence,
    };
  };
}
