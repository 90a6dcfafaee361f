import type { CheckStatus } from '@kushim/integrations';
import type { StoredFinding } from '@/modules/checks/check-evaluation';

export interface CheckStateRow {
  status: CheckStatus;
  failingSince: Date | null;
  inconclusiveSince: Date | null;
  inconclusiveAlerted: boolean;
  failingResources: string[];
}

/** The resources that fail a check now: FAIL findings no exception accepts, sorted (a stable set to compare). */
export function failingResourcesOf(findings: readonly StoredFinding[]): string[] {
  return [
    ...new Set(findings.filter((f) => f.status === 'FAIL' && !f.excepted).map((f) => f.resource.id)),
  ].sort();
}

/**
 * A check's next standing after an evaluation: the SLA clock (failingSince) starts when it begins failing and
 * keeps running across runs while it fails; an inconclusive result neither starts nor stops it (missing evidence
 * is not a fix), but starts its own clock for the inconclusive alert.
 */
export function nextCheckState(
  previous: CheckStateRow | undefined,
  result: { status: CheckStatus; findings: readonly StoredFinding[] },
  now: Date,
): CheckStateRow {
  switch (result.status) {
    case 'FAIL':
      return {
        status: 'FAIL',
        failingSince: previous?.failingSince ?? now,
        inconclusiveSince: null,
        inconclusiveAlerted: false,
        failingResources: failingResourcesOf(result.findings),
      };
    case 'INCONCLUSIVE':
      return {
        status: 'INCONCLUSIVE',
        failingSince: previous?.failingSince ?? null,
        inconclusiveSince: previous?.inconclusiveSince ?? now,
        inconclusiveAlerted: previous?.status === 'INCONCLUSIVE' ? previous.inconclusiveAlerted : false,
        failingResources: previous?.failingResources ?? [],
      };
    case 'PASS':
    case 'NOT_APPLICABLE':
      return {
        status: result.status,
        failingSince: null,
        inconclusiveSince: null,
        inconclusiveAlerted: false,
        failingResources: [],
      };
    default:
      return result.status satisfies never;
  }
}

/** Whether this evaluation should raise the one alert of an inconclusive stretch that lasted `hours`. */
export function inconclusiveAlertDue(state: CheckStateRow, hours: number, now: Date): boolean {
  return (
    state.status === 'INCONCLUSIVE' &&
    !state.inconclusiveAlerted &&
    state.inconclusiveSince !== null &&
    now.getTime() - state.inconclusiveSince.getTime() >= hours * 3_600_000
  );
}
