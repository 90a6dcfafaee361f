import type { CheckSummary } from '@kushim/contracts';
import { describe, expect, it } from 'vitest';

import { failingBySeverity, overdueChecks } from './failing-checks';

function check(
  id: string,
  severity: CheckSummary['severity'],
  status: 'PASS' | 'FAIL' | null,
  daysOverdue = 0,
): CheckSummary {
  return {
    id,
    provider: 'aws',
    title: id,
    severity,
    controls: ['KSM-1'],
    criteria: [],
    evidence: [],
    remediation: '',
    latest: status
      ? {
          status,
          runId: '0f8fad5b-d9cb-469f-a165-70867728950e',
          evaluatedAt: '2026-11-22T00:00:00Z',
          failingFindings: status === 'FAIL' ? 1 : 0,
          exceptedFindings: 0,
        }
      : null,
    sla:
      status === 'FAIL'
        ? {
            failingSince: '2026-10-01T00:00:00Z',
            dueAt: '2026-11-01T00:00:00Z',
            overdue: daysOverdue > 0,
            daysOverdue,
          }
        : null,
  };
}

describe('failingBySeverity', () => {
  it('groups failing checks by severity, most severe first, ignoring passing and unevaluated ones', () => {
    const groups = failingBySeverity([
      check('a.low', 'low', 'FAIL'),
      check('b.crit', 'critical', 'FAIL'),
      check('c.crit', 'critical', 'PASS'),
      check('d.high', 'high', null),
    ]);
    expect(groups.map((group) => [group.severity, group.checks.map((c) => c.id)])).toEqual([
      ['critical', ['b.crit']],
      ['high', []],
      ['medium', []],
      ['low', ['a.low']],
    ]);
  });

  it('puts overdue checks first within a severity', () => {
    const [critical] = failingBySeverity([
      check('a', 'critical', 'FAIL'),
      check('b', 'critical', 'FAIL', 3),
      check('c', 'critical', 'FAIL', 9),
    ]);
    expect(critical?.checks.map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('overdueChecks', () => {
  it('keeps failing checks past their SLA, longest overdue first', () => {
    const overdue = overdueChecks([
      check('a', 'high', 'FAIL', 2),
      check('b', 'low', 'FAIL'),
      check('c', 'medium', 'FAIL', 20),
    ]);
    expect(overdue.map((c) => c.id)).toEqual(['c', 'a']);
  });
});
