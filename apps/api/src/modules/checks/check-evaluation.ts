import type { EvaluatedCheck } from '@kushim/integrations';

export type { ActiveException, EvaluatedCheck, StoredFinding } from '@kushim/integrations';

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
