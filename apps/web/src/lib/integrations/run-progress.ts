import type { RunView } from '@kushim/contracts';

/**
 * How far a run is, 0–100: collecting is 90% of the work (shared evenly by its integrations, a running one counts
 * half), evaluating the last 10%. A finished run is 100 whatever its outcome.
 */
export function runProgressPercent(run: Pick<RunView, 'status' | 'steps' | 'evaluatedAt'>): number {
  if (run.status === 'COMPLETED' || run.status === 'FAILED') {
    return 100;
  }
  if (run.steps.length === 0) {
    return 0;
  }
  const done = run.steps.reduce(
    (sum, step) =>
      sum + (step.state === 'COMPLETED' || step.state === 'FAILED' ? 1 : step.state === 'RUNNING' ? 0.5 : 0),
    0,
  );
  const collecting = (done / run.steps.length) * 90;
  return Math.round(run.evaluatedAt ? 100 : collecting);
}
