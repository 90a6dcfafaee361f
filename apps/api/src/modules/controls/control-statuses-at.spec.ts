import { describe, expect, it } from 'vitest';
import { controlStatusesAt } from './control-statuses-at';

describe('controlStatusesAt', () => {
  const at = new Date('2026-06-30T12:00:00Z');
  const rows = controlStatusesAt({
    controlIds: ['KSM-AC-01', 'KSM-GV-01'],
    checksOf: (id) => (id === 'KSM-AC-01' ? ['a', 'b', 'c'] : []),
    statusAt: new Map([['KSM-AC-01', { status: 'FAILING' as const, at }]]),
    latestStatus: new Map([
      ['a', 'PASS'],
      ['b', 'FAIL'],
    ]),
    current: new Map([
      [
        'KSM-AC-01',
        {
          controlId: 'KSM-AC-01',
          status: 'PASSING' as const,
          ownerUserId: 'u1',
          passingChecks: 3,
          failingChecks: 0,
          evaluatedAt: new Date('2026-11-01T00:00:00Z'),
        },
      ],
    ]),
  });

  it('takes the status of the last transition before the end, not today’s, and keeps the owner', () => {
    expect(rows.get('KSM-AC-01')).toEqual({
      controlId: 'KSM-AC-01',
      status: 'FAILING',
      ownerUserId: 'u1',
      passingChecks: 1,
      failingChecks: 1,
      evaluatedAt: at,
    });
  });

  it('reads a control with no transition before the end as needing evidence', () => {
    expect(rows.get('KSM-GV-01')).toMatchObject({
      status: 'NEEDS_EVIDENCE',
      passingChecks: 0,
      evaluatedAt: null,
    });
  });
});
