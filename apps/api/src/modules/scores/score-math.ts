import type { ControlStatusName } from '@/modules/checks/check-evaluation';

export interface ScoredControl {
  controlId: string;
  status: ControlStatusName;
  /** Criterion families the control maps to (CC6, A1, …). */
  families: readonly string[];
}

export interface ScoreBreakdown {
  score: number;
  passing: number;
  failing: number;
  needsEvidence: number;
  applicable: number;
}

export interface Score extends ScoreBreakdown {
  byCriterion: Array<ScoreBreakdown & { family: string }>;
}

function breakdown(controls: readonly ScoredControl[]): ScoreBreakdown {
  const count = (status: ControlStatusName) => controls.filter((c) => c.status === status).length;
  const applicable = controls.filter((c) => c.status !== 'NOT_APPLICABLE').length;
  const passing = count('PASSING');
  return {
    // One decimal: a dashboard shows 63.7, not 63.73626373626374.
    score: applicable === 0 ? 0 : Math.round((passing / applicable) * 1000) / 10,
    passing,
    failing: count('FAILING'),
    needsEvidence: count('NEEDS_EVIDENCE'),
    applicable,
  };
}

/** Framework score = passing applicable controls / applicable controls × 100, overall and per criterion family. */
export function scoreOf(controls: readonly ScoredControl[]): Score {
  const families = [...new Set(controls.flatMap((c) => c.families))].sort();
  return {
    ...breakdown(controls),
    byCriterion: families.map((family) => ({
      family,
      ...breakdown(controls.filter((c) => c.families.includes(family))),
    })),
  };
}
